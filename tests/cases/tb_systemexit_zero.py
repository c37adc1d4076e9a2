# raise SystemExit(0) exits cleanly
print('exiting cleanly')
raise SystemExit(0)
