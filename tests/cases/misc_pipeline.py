# data pipeline built by composing small functions
def pipeline(*stages):
    def run(data):
        for stage in stages:
            data = stage(data)
        return data
    run.stages = [s.__name__ for s in stages]
    return run

def parse(lines):
    return [line.split(',') for line in lines if line.strip()]

def to_records(rows):
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in body]

def convert(records):
    for r in records:
        r['age'] = int(r['age'])
        r['score'] = float(r['score'])
    return records

def only_adults(records):
    return [r for r in records if r['age'] >= 18]

def summarize(records):
    total = sum([r['score'] for r in records])
    return {
        'count': len(records),
        'names': sorted([r['name'] for r in records]),
        'mean': round(total / len(records), 2) if records else None,
        'best': max(records, key=lambda r: r['score'])['name'] if records else None,
    }

RAW = ['name,age,score', 'ann,34,88.5', 'bob,17,92.0', '', 'cyd,22,79.25', 'dee,45,95.5']
p = pipeline(parse, to_records, convert, only_adults, summarize)
print(p.stages)
print(p(RAW))
print(pipeline(parse, to_records)(RAW)[0])
print(pipeline()(RAW) is RAW)
try:
    pipeline(parse, to_records, convert)(['name,age,score', 'x,notanumber,1'])
except ValueError as e:
    print('ValueError:', e)
