class Config:
debug = True
