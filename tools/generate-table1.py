# Generated data/knowledge/table1.yaml from the rows of Table 1 of the review, transcribed below by hand
# (with flags). Kept for provenance: edit table1.yaml directly from now on, or edit here and rerun
#   python3 tools/generate-table1.py data/knowledge/table1.yaml
import json
rows = [
 # row, group, approach, battery, ion, cellAsWritten, anode, cathode, retention(or None), cyclesText, cycles, ref, slug, related, flags, mof
 (1,'s','3D Fe3O4/C composites','LIB','Li+','Fe3O4/C|Li','Fe3O4/C','Li',67,'1000',1000,128,'fe3o4-c-composites',[],[],False),
 (2,'s','N-doped carbon nanofiber-based 3D matrix','LIB','Li+','NCNF|LFP','NCNF','LFP',82.4,'300',300,129,'n-doped-carbon-nanofiber-matrix',[],
   [dict(kind='damaged-text',asWritten='N_2-doped carbon nanofiber-based 3D matrix',meaning='N-doped (nitrogen-doped) carbon nanofiber-based 3D matrix',note='The subscript 2 comes from typesetting "N2" as a molecule; carbon nanofibers are doped with nitrogen atoms (NCNF = N-doped carbon nanofibers).')],False),
 (3,'s','ALD Al2O3-coated carbon shell','LIB','Li+','ALD Al2O3/HCS|Li','ALD Al2O3/HCS','Li',None,'~500',500,130,'ald-al2o3-carbon-shell',[],
   [dict(kind='ambiguous',asWritten='~500',note='The row gives only a cycle count (≈500) and no capacity retention; retentionPercent is null.')],False),
 (4,'s','Polymer matrix (PA) and pore regulator (OV-POSS)','LMB','Li+','Li|Li4Ti5O12','Li','Li4Ti5O12',98,'300',300,131,'pa-ov-poss-polymer-matrix',[],
   [dict(kind='ambiguous',asWritten='polymer matrix (PA)',note='Here PA names a polymer matrix, not the phytic acid (PA) of row 7 and Section 3.')],False),
 (5,'s','Pyramid-type pattern','LIB','Li+','Li|LMO','Li','LMO',88.7,'450',450,132,'pyramid-type-pattern',[],[],False),
 (6,'s','Amorphous MgO-wrapped Zn-skeleton','RMB','Mg2+','Mg-metal|Mo6S8','Mg metal','Mo6S8',98,'250',250,37,'mgo-wrapped-zn-skeleton',['mgo-coated-zn-skeleton'],[],False),
 (7,'s','Mg2+-conducting polymeric film (phytic acid (PA))','RMB','Mg2+','PA-Al@Mg|Mo6S8','PA-Al@Mg','Mo6S8',99.8,'3000',3000,133,'phytic-acid-polymeric-film',['phytic-acid-al-film'],[],False),
 (8,'s','MgF2-rich SEI','RMB','Mg2+','Mg|Mo6S8','Mg','Mo6S8',99.5,'600',600,88,'mgf2-rich-sei',['mgf2-rich-sei', 'gdae-polymer-electrolyte'],
   [dict(kind='ambiguous',note='The text describes reference [88] as a GDAE-based polymer electrolyte that forms an "organic-inorganic hybrid" interface; the table calls the approach an MgF2-rich SEI. Both can describe the same work, but the review does not connect them.')],False),
 (9,'s','Zeolite-polymer membranes','RMB','Mg2+','Mg|Mo3S4','Mg','Mo3S4',91,'200',200,134,'zeolite-polymer-membranes',['zeolite-polymer-membrane'],
   [dict(kind='ambiguous',asWritten='Mg|Mo3S4',meaning='Mg | Chevrel phase (Mo6S8 = 2 × Mo3S4)',note='Every other Mg row has Mo6S8; Mo3S4 is half the Chevrel formula unit. Recorded as written.')],False),
 (10,'s','Gradient organic-inorganic SEI','RMB','Mg2+','Mg|Mo6S8','Mg','Mo6S8',84,'200',200,135,'gradient-organic-inorganic-sei',['gradient-organic-inorganic-sei'],[],False),
 (11,'s','3D magnesiphilic vertical carbon nanofiber arrays','RMB','Mg2+','Mg|o6S8','Mg','Mo6S8',92,'700',700,36,'vertical-carbon-nanofiber-arrays',['vnca-at-c-carbon-nanofiber-host'],
   [dict(kind='damaged-text',asWritten='Mg | o6S8',meaning='Mg | Mo6S8',note='The "M" of Mo6S8 is lost in the table; o6S8 is not a compound.')],False),
 (12,'m','ZIF-7','ZIB','Zn2+','Zn/MnO2','Zn','MnO2',88.9,'600',600,136,'zif-7',[],[],True),
 (13,'m','Zn-MOF','LIB','Li+','Li/Li','Li','Li',97.7,'250',250,137,'zn-mof',[],
   [dict(kind='ambiguous',asWritten='Li/Li',note='A Li/Li symmetric cell has no cathode capacity to retain; the 97.7 % may be a Coulombic efficiency or come from another cell of the cited paper.')],True),
 (14,'m','UIO-66','ZIB','Zn2+','Zn/MnO2','Zn','MnO2',None,'~500',500,138,'uio-66-zib',[],
   [dict(kind='ambiguous',asWritten='~500',note='The row gives only a cycle count (≈500) and no capacity retention; retentionPercent is null.')],True),
 (15,'m','HKUST-1','ZIB','Zn2+','Zn/MnO2','Zn','MnO2',97,'600',600,139,'hkust-1',[],[],True),
 (16,'m','UIO-66','LIB','Li+','Li/LiCoO2','Li','LiCoO2',80,'250',250,140,'uio-66-lib',[],[],True),
 (17,'m','MOF-808','LIB','Li+','Li/LiFeO4','Li','LiFePO4',93,'200',200,141,'mof-808',[],
   [dict(kind='damaged-text',asWritten='Li/LiFeO4',meaning='Li/LiFePO4',note='LiFeO4 is not a usual cathode; the P of LiFePO4 (LFP) is most likely lost.')],True),
 (18,'m','Mg-MOF layer','RMB','Mg2+','CuS|Mg','Mg','CuS',70,'40',40,87,'mg-mof-layer',[],
   [dict(kind='inconsistent',asWritten='CuS|Mg',meaning='anode Mg, cathode CuS',note='Every other row writes anode first; here the cathode comes first.'),
    dict(kind='citation-mismatch',asWritten='[87]',note='In Section 3, reference [87] (Yang et al., J. Mater. Sci. Technol. 2023) is the SbCl3-derived Sb/Mg3Sb2 interphase, not a Mg-MOF layer.')],True),
 (19,'m','MOF/Mg','RMB','Mg2+','MOF@Mg|V2O5','MOF@Mg','V2O5',77,'30',30,142,'mof-at-mg',['zif-8-membrane-on-mg'],
   [dict(kind='inconsistent',note='Reference [142] is the same paper as [89] (Zhang et al., Adv. Mater. 2022), the ZIF-8 membrane grown on Mg foil of Sections 3 and 4.2.')],True),
]
out=[]
out.append('# Reviewed data: Table 1 of the review, "Comparison of different strategies and MOF interfacial mediators."')
out.append('# One cell-result entity per row, in table order. Retention and cycle count are values; the row\'s')
out.append('# own text is kept in table1.approach and table1.cellAsWritten. See data/knowledge/README.md.')
out.append('about: The 19 rows of Table 1 (Section 3) as cell results, in table order.')
out.append('entities:')
def q(s):
    return json.dumps(s, ensure_ascii=False)
for (row,g,appr,batt,ion,cell,an,ca,ret,cyct,cyc,ref,slug,rel,flags,mof) in rows:
    eid=f'table1-r{row:02d}-{slug}'
    out.append(f'  - id: {eid}')
    out.append(f'    name: {q(appr + " (" + cell + ")")}')
    out.append(f'    category: cell-result')
    out.append(f'    mof: {"true" if mof else "false"}')
    out.append(f'    ion: {ion}')
    out.append(f'    battery: {q(batt)}')
    group = 'Structural and interface layers' if g=='s' else 'MOFs'
    retxt = f'{ret}%/{cyct}' if ret is not None else cyct
    out.append(f'    description: {q(f"Table 1, row {row} ({group}): {appr} in a {batt} {cell} cell; capacity retention/cycles written as {retxt!s}.")}')
    out.append(f'    section: "3"')
    out.append(f'    refs: [{ref}]')
    if rel: out.append(f'    related: [{", ".join(rel)}]')
    out.append(f'    table1:')
    out.append(f'      row: {row}')
    out.append(f'      group: {"structural-and-interface-layers" if g=="s" else "mofs"}')
    out.append(f'      approach: {q(appr)}')
    out.append(f'      cellAsWritten: {q(cell)}')
    out.append(f'      anode: {q(an)}')
    out.append(f'      cathode: {q(ca)}')
    if flags:
        out.append('    flags:')
        for f in flags:
            out.append(f'      - kind: {f["kind"]}')
            for k in ('asWritten','meaning','note'):
                if k in f: out.append(f'        {k}: {q(f[k])}')
    out.append('    values:')
    if ret is not None:
        out.append('      - property: capacity-retention')
        out.append(f'        value: {ret}')
        out.append('        unit: "%"')
        out.append(f'        asWritten: {q(retxt)}')
        out.append(f'        conditions: {{ afterCycles: {cyc}, cell: {q(cell)} }}')
        out.append('        where: { section: "3", table: "1" }')
        out.append(f'        refs: [{ref}]')
    out.append('      - property: cycle-count')
    out.append(f'        value: {cyc}')
    out.append('        unit: cycles')
    if cyct.startswith('~'): out.append('        qualifier: "~"')
    out.append(f'        asWritten: {q(retxt)}')
    out.append(f'        conditions: {{ cell: {q(cell)} }}')
    out.append('        where: { section: "3", table: "1" }')
    out.append(f'        refs: [{ref}]')
    out.append('')
open(__import__('sys').argv[1] if len(__import__('sys').argv) > 1 else 'data/knowledge/table1.yaml','w').write('\n'.join(out))
