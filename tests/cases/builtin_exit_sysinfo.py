import sys
print(exit, quit, type(exit).__name__)
print(sys.float_info.epsilon, sys.hash_info.modulus, sys.int_info.default_max_str_digits)
print(sys.float_info)
exit(3)
