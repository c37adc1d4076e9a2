records = [{"id": 1, "score": 9.5}, {"id": 2, "score": 7.25}, {"id": 3}]
by_score = sorted(records[:2], key=lambda r: r["score"])
print([r["id"] for r in by_score])
ranked = sorted(records, key=lambda r: r["score"], reverse=True)
print(ranked)
