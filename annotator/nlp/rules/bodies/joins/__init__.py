"""ORG rules that join a body with what stands beside it: a second activity or field, a unit, a seat.

`joined_activities` reads a body named by two activities joined with `và`
(`Ủy ban Giám sát và Kiểm soát Quốc tế`), `joined_fields` a department named by
two fields joined with a dash (`Vụ tài chính - kế toán`), `sub_units` a
lowercase unit named before the body or province it belongs to (`đội quản lý
hành chính Công an quận Đống Đa`), `unit_seats` a seat named like a person after
a unit noun (`Công an quận Lê Chân`); `grown` lets a body grown to its new end
swallow the spans inside it. Each makes one body of pieces the finders left
apart, and each must tell that body from two bodies written side by side
(`Bộ Xây dựng và UBND thành phố`), so they sit together. The package holds no
code of its own so that importing one rule module never runs another.
"""
