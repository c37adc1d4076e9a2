orders = [
    ("2024-01-03", "widget", 4, 2.50),
    ("2024-01-03", "gadget", 1, 10.00),
    ("2024-01-04", "widget", 10, 2.25),
    ("2024-01-05", "doohickey", 3, 7.75),
    ("2024-01-05", "gadget", 2, 9.50),
    ("2024-01-06", "widget", 1, 2.50),
]
by_item = {}
by_day = {}
for day, item, qty, price in orders:
    entry = by_item.setdefault(item, {"qty": 0, "revenue": 0.0, "days": set()})
    entry["qty"] += qty
    entry["revenue"] += qty * price
    entry["days"].add(day)
    by_day[day] = by_day.get(day, 0) + qty * price
print(f"{'item':<10}{'qty':>5}{'revenue':>10}{'avg':>8}{'days':>6}")
for item, e in sorted(by_item.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{item:<10}{e['qty']:>5}{e['revenue']:>10.2f}{e['revenue'] / e['qty']:>8.3f}{len(e['days']):>6}")
print(sorted(by_day.items()))
best_day = max(by_day, key=by_day.get)
print("best day:", best_day, by_day[best_day])
total = sum(by_day.values())
print(f"total {total:,.2f} share {by_day[best_day] / total:.1%}")
cumulative = []
running = 0
for day in sorted(by_day):
    running += by_day[day]
    cumulative.append((day[-2:], round(running, 2)))
print(cumulative)
items_sorted = sorted(by_item, key=lambda i: (len(i), i))
print(items_sorted, {i: sorted(by_item[i]["days"]) for i in items_sorted[:1]})
