import os
import os.path
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.mod import name

def local_import():
    import json
    from json import dumps as d
    return json, d
