values = [21.5, 3.0, 100.0, 0.5, 1234.5678, 1e20, 1e-7, 2 / 3, 99.99, 5e-324]
for v in values:
    print(repr(v).rjust(22), [format(v, spec) for spec in (".1", ".2", ".3", ".4", "10.3", "<8.2")])
avg = 123.0
print(f"average: {avg:.3}", f"{100.0:.3}", f"{9.5:.1}", f"{0.25:.2}", f"{1.0:.1}", f"{12.0:.2}")
print("{:.3}".format(1e3), "{:.4}".format(1e3), "{:.2}".format(-7.0), "{:+.3}".format(50.0))
