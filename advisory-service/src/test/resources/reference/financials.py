#!/usr/bin/env python3
"""Independent reference for FinancialModelTest: Python's decimal module, written from the textbook formulas
(not from the Java code). Run: python3 financials.py

- Instalment: the textbook PMT = P*r / (1 - (1+r)**-n), r = annual/12, at 60 significant digits, then rounded
  half-even to cents (the Java code uses an integer-exact rearrangement instead).
- Schedule: interest = balance*r rounded half-even to cents, principal = instalment - interest, last instalment
  repays the remaining balance.
- P&L: the example plan of issue 5, by direct arithmetic.
"""
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
C = D("0.01")


def cents(x):
    return x.quantize(C, rounding=ROUND_HALF_EVEN)


def pmt(p, annual_pct, months):
    r = D(annual_pct) / D(100) / D(12)
    if r == 0:
        return cents(D(p) / months)
    return cents(D(p) * r / (1 - (1 + r) ** -months))


def schedule(p, annual_pct, years):
    n = years * 12
    r = D(annual_pct) / D(100) / D(12)
    inst = pmt(p, annual_pct, n)
    bal = D(p)
    rows = []
    for k in range(1, n + 1):
        i = cents(bal * r)
        pr = bal if k == n else inst - i
        bal -= pr
        rows.append((k, i + pr, i, pr, bal))
    return inst, rows


def yearly(rows):
    out = []
    for y in range(0, len(rows), 12):
        chunk = rows[y:y + 12]
        out.append((y // 12 + 1, sum(r[1] for r in chunk), sum(r[2] for r in chunk), sum(r[3] for r in chunk),
                    chunk[-1][4]))
    return out


if __name__ == "__main__":
    for p, rate, yrs in [("50000", "6.0", 5), ("100000", "5", 30), ("200000", "6.5", 30), ("12000", "0", 1),
                         ("25000", "5.5", 3)]:
        inst, rows = schedule(p, rate, yrs)
        print(f"loan {p} at {rate}% over {yrs}y: instalment {inst}")
        print("  first rows", rows[:2])
        print("  last row  ", rows[-1])
        print("  total interest", sum(r[2] for r in rows))
        for y in yearly(rows)[:5]:
            print("  year", y)

    print("example plan (issue 5)")
    inst, rows = schedule("50000", "6.0", 5)
    ys = yearly(rows)
    cash = D(20000) + D(50000) - D(60000)
    for y in range(1, 4):
        units = D(30000) * (D("1.08") ** (y - 1))
        rev = units * D("9.50")
        var = rev * D("0.38")
        fixed = D(24000) + D(96000)
        ebitda = rev - var - fixed
        dep = D(60000) / 5
        interest, principal = ys[y - 1][2], ys[y - 1][3]
        pbt = ebitda - dep - interest
        ds = interest + principal
        dscr = ebitda / ds
        cash += ebitda - ds
        be = (fixed + dep + interest) / (1 - D("0.38"))
        cbe = fixed / (1 - D("0.38"))
        mos = (rev - be) / rev * 100
        print(y, "units", units, "rev", cents(rev), "var", cents(var), "ebitda", cents(ebitda), "dep", cents(dep),
              "int", interest, "pbt", cents(pbt), "princ", principal, "ds", ds, "dscr",
              dscr.quantize(C, ROUND_HALF_EVEN), "cash", cents(cash), "be", cents(be), "cbe", cents(cbe),
              "mos", mos.quantize(C, ROUND_HALF_EVEN))
