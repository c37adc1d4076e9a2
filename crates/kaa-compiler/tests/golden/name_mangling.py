class Account:
    __rate = 0.05

    def __init__(self, balance):
        self.__balance = balance

    def grow(self, __years=1):
        __factor = (1 + self.__rate) ** __years
        return self.__balance * __factor
