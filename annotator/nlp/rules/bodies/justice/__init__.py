"""ORG rules for courts, procuracies, investigators and the police and services of a place.

`investigators` reads an investigating agency with its police owner and a
police department by the crimes it handles (`cơ quan cảnh sát điều tra công an
tỉnh Phú Yên`, `Cục CSĐT tội phạm về trật tự xã hội`), `parent_bodies` a
division of the police or a court with the body it belongs to (`Cơ quan điều
tra - Công an Hà Nội`), `local_services` a state service in lower case right
before the place it serves (`thanh tra Hà Nội`, `toà án huyện Mỹ Xuyên`),
`trial_panels` the instance a trial panel sits at (`HĐXX phúc thẩm`) and
`named_institutions` a court or hospital by its capitalised name and a
federation's government or court (`Tòa án Hiến pháp`, `Tòa án liên bang`).
Court and crime reporting names these bodies in ways of its own (the press's
abbreviations, a division before its parent, a service in lower case with its
province), and a change to one of them is checked against the others here.
The package holds no code of its own so that importing one rule module never
runs another.
"""
