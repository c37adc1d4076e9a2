# __name__ == '__main__', sys.argv[0] and version checks
import sys

def main():
    print('main called')
    return 0

if __name__ == '__main__':
    print('running as script')
    main()
else:
    print('imported')

print(__name__)
print(sys.argv[0].endswith('misc_main_name.py'))
print(len(sys.argv))
print(sys.version_info >= (3, 11))
print(sys.version_info[:2] >= (3, 8))
print(sys.version_info < (4, 0))
print(isinstance(sys.version_info.minor, int))
print(__file__.endswith('misc_main_name.py'))
print(main.__module__)
print(sys.modules[__name__] is sys.modules['__main__'])
