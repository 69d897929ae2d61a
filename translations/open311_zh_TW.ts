<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="15"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="24"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation>向市府的 Open311 GeoReport v1 伺服器通報非緊急問題，並追蹤每則通報直到結案。執行於 Qt %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="38"/>
        <source>Outbox and drafts</source>
        <translation>寄件匣與草稿</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="39"/>
        <source>Followed requests</source>
        <translation>追蹤中的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="40"/>
        <source>Training city</source>
        <translation>練習城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Open311::AccessibleText</name>
    <message>
        <location filename="../lib/gui/widgets/AccessibleText.cpp" line="60"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
</context>
<context>
    <name>Open311::AddCityDialog</name>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="72"/>
        <source>GeoReport v1</source>
        <translation>GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="73"/>
        <source>GeoReport v2 draft</source>
        <translation>GeoReport v2（草案）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="74"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="77"/>
        <source>%1, production</source>
        <translation>%1，正式</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="79"/>
        <source>%1 (test)</source>
        <translation>%1（測試）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="81"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="83"/>
        <source>%1, production or test not stated</source>
        <translation>%1，未註明為正式或測試</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="91"/>
        <source>JSON and XML</source>
        <translation>JSON 與 XML</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="92"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="93"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="97"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="112"/>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="113"/>
        <source>Add a city</source>
        <translation>新增城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="119"/>
        <source>&amp;Address of the city&apos;s server or discovery document</source>
        <translation>市府伺服器或探索文件的網址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="122"/>
        <source>Allow plain &amp;HTTP (the API key would travel unencrypted)</source>
        <translation>允許未加密的 HTTP（API 金鑰將以未加密方式傳送）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="123"/>
        <source>&amp;Read</source>
        <translation>讀取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="130"/>
        <source>&amp;Endpoints</source>
        <translation>伺服器(&amp;E)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="133"/>
        <source>Needed by GeoReport v1, and by servers with several cities</source>
        <translation>GeoReport v1 及服務多個城市的伺服器需要填寫</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="141"/>
        <source>Add &amp;the city</source>
        <translation>新增此城市(&amp;T)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="145"/>
        <source>Address of the city&apos;s server or discovery document</source>
        <translation>市府伺服器或探索文件的網址</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="146"/>
        <source>Allow plain HTTP</source>
        <translation>允許未加密的 HTTP</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="147"/>
        <source>Read the city&apos;s server</source>
        <translation>讀取市府的伺服器</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="148"/>
        <source>About the city</source>
        <translation>關於此城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="149"/>
        <source>Endpoints</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="150"/>
        <source>Jurisdiction id</source>
        <translation>轄區 ID</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="151"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="152"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="153"/>
        <source>Add the city</source>
        <translation>新增此城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="154"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="163"/>
        <source>Jurisdiction &amp;id</source>
        <translation>轄區 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="255"/>
        <source>Reading the city&apos;s server…</source>
        <translation>正在讀取市府的伺服器…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="269"/>
        <source>The city&apos;s server could not be reached: %1</source>
        <translation>無法連上市府的伺服器：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="297"/>
        <source>This address has no discovery document, but a GeoReport v2 server answers there.</source>
        <translation>此網址沒有探索文件，但有 GeoReport v2 伺服器回應。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="311"/>
        <source>No discovery document was found at this address, and no GeoReport server answers there. %1</source>
        <translation>此網址找不到探索文件，也沒有 GeoReport 伺服器回應。%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="322"/>
        <source>This address has no discovery document, but a GeoReport v1 server answers there.</source>
        <translation>此網址沒有探索文件，但有 GeoReport v1 伺服器回應。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="343"/>
        <source>The city&apos;s discovery document lists no GeoReport endpoint.</source>
        <translation>市府的探索文件未列出任何 GeoReport 伺服器。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="348"/>
        <source>The city&apos;s discovery document lists %n endpoint(s); the one to use is selected.</source>
        <translation>
            <numerusform>市府的探索文件列出 %n 個伺服器；已選取應使用的伺服器。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="370"/>
        <source>Contact: %1</source>
        <translation>聯絡方式：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="372"/>
        <source>API keys: %1</source>
        <translation>API 金鑰：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="433"/>
        <source> (test)</source>
        <translation>（測試）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="434"/>
        <source>Test endpoint: reports filed here are not real.</source>
        <translation>測試伺服器：在此建立的通報並非真實通報。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="449"/>
        <source>Give the city a name.</source>
        <translation>請為此城市命名。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="452"/>
        <source>A GeoReport v1 server needs the city&apos;s id: enter it under Jurisdiction id (for example sfgov.org).</source>
        <translation>GeoReport v1 伺服器需要城市 ID：請在「轄區 ID」中輸入（例如 sfgov.org）。</translation>
    </message>
</context>
<context>
    <name>Open311::AppSession</name>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="46"/>
        <source>The city&apos;s service area could not be loaded: %1</source>
        <translation>無法載入市府的服務範圍：%1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="164"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation>練習城市的紀錄已損壞；已另存為 %1，練習城市將重新開始。</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city over GeoReport v1</source>
        <translation>練習城市（GeoReport v1）</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city (Sandbox City)</source>
        <translation>練習城市（Sandbox City）</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="188"/>
        <source>Training city map</source>
        <translation>練習城市地圖</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="207"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation>轄區「%1」尚未設定。</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="209"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation>轄區 %1 的設定不正確：%2 請開啟「設定」修正。</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="218"/>
        <source>The training city could not start: %1</source>
        <translation>練習城市無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="232"/>
        <source>Fetching the API key…</source>
        <translation>正在取得 API 金鑰…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="239"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation>%1 尚未設定 API 金鑰。請在「設定」（Ctrl+,）中設定。</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="344"/>
        <source>Loading services…</source>
        <translation>正在載入服務項目…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="350"/>
        <source>Not connected: %1</source>
        <translation>未連線：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="354"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>已連線：%n 個服務項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="373"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation>無法從 %1 載入既有案件：%2</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="387"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="389"/>
        <source>%1: %n request(s) without usable coordinates were left out.</source>
        <translation>
            <numerusform>%1：有 %n 個案件沒有可用的座標，已略過。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="421"/>
        <source>Request %1 could not be added to the Tracker: its file could not be written (the disk may be full). Nothing already followed was lost; free some space and follow it again from the Tracker tab.</source>
        <translation>無法將案件 %1 加入案件追蹤：無法寫入其檔案（磁碟可能已滿）。已追蹤的案件都沒有遺失；請釋出一些空間，再從「案件追蹤」分頁重新追蹤。</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="477"/>
        <source>Not connected yet.</source>
        <translation>尚未連線。</translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="56"/>
        <source>The server %1 refused the connection.</source>
        <translation>伺服器 %1 拒絕連線。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>找不到伺服器 %1。請檢查網址與網路。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="61"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>伺服器 %1 在回應前就關閉了連線。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>無法與 %1 建立安全連線：其憑證不受信任或無效。未傳送任何資料。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="68"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation>伺服器 %1 將要求轉址到其他網址。為了讓 API 金鑰只留在市府的伺服器，未跟隨此轉址。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="72"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>要求送出後，與 %1 的連線中斷。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="75"/>
        <source>The network is not available.</source>
        <translation>網路無法使用。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>與 %1 的連線失敗（網路錯誤 %2）。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="150"/>
        <source>Give a service request id.</source>
        <translation>請提供案件編號。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="171"/>
        <source>Give a service code.</source>
        <translation>請提供服務項目代碼。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="195"/>
        <source>Give a token.</source>
        <translation>請提供受理代碼。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="220"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>伺服器處理時發生錯誤（HTTP 狀態 %1）。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="362"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation>伺服器的回應超過 %1；為安全起見已截斷。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="368"/>
        <source>the server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="378"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>伺服器的回應不完整。</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="390"/>
        <source>The server sent no HTTP answer.</source>
        <translation>伺服器沒有傳回 HTTP 回應。</translation>
    </message>
</context>
<context>
    <name>Open311::CommandContext</name>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="78"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation>沒有名為「%1」的轄區（請參閱：open311 profiles）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="83"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation>練習城市在應用程式內執行。請啟動 open311-sandbox 並使用 --endpoint。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="104"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation>%1 尚未設定 API 金鑰。請在應用程式的設定中設定、部署金鑰檔案，或設定 OPEN311_API_KEY。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="120"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation>無法讀取 API 金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="152"/>
        <source>--protocol takes v1 or v2.</source>
        <translation>--protocol 只接受 v1 或 v2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="158"/>
        <source>Give --city-id or --jurisdiction-id, not both.</source>
        <translation>請提供 --city-id 或 --jurisdiction-id，不可同時提供。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="177"/>
        <source>--format takes json or xml.</source>
        <translation>--format 只接受 json 或 xml。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="223"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout 需要 0 到 3600 之間的秒數。</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="43"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 or v2 server.</source>
        <translation>向市府的 Open311 GeoReport v1 或 v2 伺服器通報非緊急問題。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="44"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="116"/>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="46"/>
        <source>Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation>每次送出前都會先寫入寄件匣，且最多只送出一次；--no-outbox 則直接送出。

API 金鑰從環境變數 %1 或 --api-key-file 讀取，絕不以引數提供。

結束代碼：0 成功，2 用法或驗證錯誤（未送出任何資料），3 伺服器回應 Open311 錯誤，4 HTTP、網路、逾時或協定失敗，5 送出結果不明。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="57"/>
        <source>%1 (see the commands above).</source>
        <translation>%1（請參閱上方的指令）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="60"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation>使用已設定的轄區（請參閱：open311 profiles）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61"/>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>伺服器的基本 URL，例如 https://city.example/dev/V1/。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <source>The city id the server expects.</source>
        <translation>伺服器要求的城市 ID。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="71"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="66"/>
        <source>The server&apos;s GeoReport version: v1 (the default) or v2; a profile carries its own.</source>
        <translation>伺服器的 GeoReport 版本：v1（預設）或 v2；已設定的轄區會使用自己的版本。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="68"/>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="70"/>
        <source>GeoReport v2: the jurisdiction_id, where the server serves several cities.</source>
        <translation>GeoReport v2：伺服器服務多個城市時所用的 jurisdiction_id。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="73"/>
        <source>GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again in XML.</source>
        <translation>GeoReport v2：要求 json（預設）或 xml；若 JSON 無效，會改以 XML 重新要求。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="75"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="77"/>
        <source>GeoReport v2: ask for service names and questions in this language (the server&apos;s locale parameter); a profile that lists its server&apos;s languages picks the interface language&apos;s.</source>
        <translation>GeoReport v2：以此語言要求服務名稱與問題（伺服器的 locale 參數）；若設定檔列出其伺服器的語言，則選用介面的語言。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="80"/>
        <source>TAG</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>等待回應的秒數（預設 30）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="82"/>
        <source>SECONDS</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>允許使用不在本機上的未加密 http:// 伺服器。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85"/>
        <source>Print JSON for scripts.</source>
        <translation>輸出 JSON 供指令碼使用。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>Read the API key from this file.</source>
        <translation>從此檔案讀取 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>PATH</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="114"/>
        <source>Name a command: %1.</source>
        <translation>請指定指令：%1。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="118"/>
        <source>Options: open311 --help</source>
        <translation>選項：open311 --help</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="124"/>
        <source>Unknown command “%1”. Use %2.</source>
        <translation>未知的指令「%1」。請使用 %2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="133"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation>請提供 --profile 或 --endpoint，不可同時提供。</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineWording</name>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="16"/>
        <source>Give the service with --service-code CODE (see: open311 services).</source>
        <translation>請以「--service-code 代碼」指定服務項目（請參閱：open311 services）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="19"/>
        <source>Give a location: --lat and --lon, or --address.</source>
        <translation>請提供位置：--lat 與 --lon，或 --address。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="24"/>
        <source>Give both --lat and --lon, or neither.</source>
        <translation>--lat 與 --lon 請同時提供，或都不提供。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="26"/>
        <source>--lat must be between -90 and 90 degrees.</source>
        <translation>--lat 必須介於 -90 到 90 度之間。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="28"/>
        <source>--lon must be between -180 and 180 degrees.</source>
        <translation>--lon 必須介於 -180 到 180 度之間。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="35"/>
        <source>The --description-file has %1 characters; the city accepts at most %2.</source>
        <translation>--description-file 的內容有 %1 個字元；市府最多接受 %2 個。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="37"/>
        <source>The --description has %1 characters; the city accepts at most %2.</source>
        <translation>--description 的內容有 %1 個字元；市府最多接受 %2 個。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="42"/>
        <source>--email does not look like an email address (name@example.org).</source>
        <translation>--email 看起來不像電子郵件地址（name@example.org）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="45"/>
        <source>--media-url takes a full web address starting with http:// or https://.</source>
        <translation>--media-url 需要以 http:// 或 https:// 開頭的完整網址。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="63"/>
        <source>The endpoint %1 uses plain HTTP, which would send the API key unencrypted. Use https://, or give --allow-http to send it anyway.</source>
        <translation>伺服器 %1 使用未加密的 HTTP，API 金鑰會以未加密方式傳送。請使用 https://，或加上 --allow-http 仍要傳送。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="69"/>
        <source>--endpoint must start with https:// (or http://, with --allow-http when the server is not this machine).</source>
        <translation>--endpoint 必須以 https:// 開頭（若伺服器不是本機，也可用 http:// 並加上 --allow-http）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="73"/>
        <source>--endpoint takes the server&apos;s full address, such as https://city.example/dev/V1/.</source>
        <translation>--endpoint 需要伺服器的完整網址，例如 https://city.example/dev/V1/。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="77"/>
        <source>Give the city id with --city-id ID (or OPEN311_CITY_ID), for example --city-id sfgov.org.</source>
        <translation>請以「--city-id ID」（或 OPEN311_CITY_ID）提供城市 ID，例如「--city-id sfgov.org」。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="86"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation>請以「--endpoint URL」（或 OPEN311_ENDPOINT）或 --profile 指定伺服器。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="91"/>
        <source>No API key was given. Set the environment variable OPEN311_API_KEY, or give --api-key-file PATH (never the key itself as an argument).</source>
        <translation>未提供 API 金鑰。請設定環境變數 OPEN311_API_KEY，或使用「--api-key-file 路徑」（絕不可把金鑰本身當作引數）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="97"/>
        <source>OPEN311_API_KEY is set but blank. Put the city&apos;s API key in it, or give --api-key-file PATH.</source>
        <translation>OPEN311_API_KEY 已設定但內容空白。請填入市府的 API 金鑰，或使用「--api-key-file 路徑」。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="103"/>
        <source>The API key file %1 is empty. Write the city&apos;s API key in it, or set OPEN311_API_KEY.</source>
        <translation>API 金鑰檔案 %1 是空的。請在檔案中寫入市府的 API 金鑰，或設定 OPEN311_API_KEY。</translation>
    </message>
</context>
<context>
    <name>Open311::CommandStores</name>
    <message>
        <location filename="../lib/cli/CommandStores.cpp" line="26"/>
        <source>Use --no-outbox to send without it.</source>
        <translation>若要不經寄件匣送出，請使用 --no-outbox。</translation>
    </message>
</context>
<context>
    <name>Open311::CommandTable</name>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <source>submit, requests: the service code.</source>
        <translation>submit、requests：服務項目代碼。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>CODE</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <source>submit: latitude (WGS84).</source>
        <translation>submit：緯度（WGS84）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>DEGREES</source>
        <translation>度數</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>submit: longitude (WGS84).</source>
        <translation>submit：經度（WGS84）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="36"/>
        <source>submit: the address as a person would write it.</source>
        <translation>submit：一般人書寫的地址。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="37"/>
        <location filename="../lib/cli/CommandTable.cpp" line="45"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation>submit：通報人的電子郵件。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>EMAIL</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <source>submit: the device id.</source>
        <translation>submit：裝置 ID。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <location filename="../lib/cli/CommandTable.cpp" line="40"/>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="40"/>
        <source>submit: the account id.</source>
        <translation>submit：帳號 ID。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <source>submit: first name.</source>
        <translation>submit：名字。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>submit: last name.</source>
        <translation>submit：姓氏。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>submit: phone number.</source>
        <translation>submit：電話號碼。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>NUMBER</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="44"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit：問題描述（最多 4,000 個字元）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="46"/>
        <source>submit: read the description from a file.</source>
        <translation>submit：從檔案讀取問題描述。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="47"/>
        <source>PATH</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>submit: a link to a photo or page.</source>
        <translation>submit：照片或網頁的連結。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>submit (v2): the location as an id of the city&apos;s address database.</source>
        <translation>submit（v2）：以市府地址資料庫中的 ID 表示的位置。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="52"/>
        <source>submit (v2): an answer to the service&apos;s definition; repeat it, and repeat a code for each value of a multivaluelist.</source>
        <translation>submit（v2）：對服務項目定義的回答；可重複使用，multivaluelist 的每個值都要重複一次代碼。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="54"/>
        <source>CODE=VALUE</source>
        <translation>代碼=值</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="56"/>
        <source>submit (v2): a photo to upload with the report, for a city that takes uploads; repeat it for more. It is made smaller and sent without its EXIF data.</source>
        <translation>submit（v2）：隨通報上傳的照片，適用於接受上傳照片的城市；可重複使用以上傳多張。照片會縮小，並移除 EXIF 資料後送出。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="58"/>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="59"/>
        <source>submit: send directly, without the outbox.</source>
        <translation>submit：不經寄件匣，直接送出。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="61"/>
        <source>submit: send even when the place is outside the jurisdiction&apos;s service area.</source>
        <translation>submit：即使地點在轄區的服務範圍外也送出。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>requests: only this service.</source>
        <translation>requests：只列出此服務項目。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>requests: open or closed.</source>
        <translation>requests：open（處理中）或 closed（已結案）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="66"/>
        <source>requests: filed on or after this date (ISO 8601).</source>
        <translation>requests：在此日期當天或之後建立的案件（ISO 8601）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="67"/>
        <location filename="../lib/cli/CommandTable.cpp" line="69"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="68"/>
        <source>requests: filed on or before this date (ISO 8601).</source>
        <translation>requests：在此日期當天或之前建立的案件（ISO 8601）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>requests: these ids, separated by commas.</source>
        <translation>requests：這些案件編號，以逗號分隔。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="71"/>
        <source>requests: this page, where the server offers paging.</source>
        <translation>requests：指定頁碼（若伺服器支援分頁）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="72"/>
        <location filename="../lib/cli/CommandTable.cpp" line="73"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="73"/>
        <source>requests: results per page, with --page.</source>
        <translation>requests：每頁結果數，與 --page 搭配使用。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="75"/>
        <source>requests: ask for the server&apos;s extra fields (extensions=true) and print every field the spec does not name.</source>
        <translation>requests：要求伺服器提供額外欄位（extensions=true），並輸出規格未定義的所有欄位。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="80"/>
        <source>outbox list: the reports of every endpoint, not only this one&apos;s.</source>
        <translation>outbox list：列出所有伺服器的通報，而不只是此伺服器的。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="87"/>
        <source>the jurisdictions configured on this computer</source>
        <translation>此電腦上已設定的轄區</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="90"/>
        <source>list the city&apos;s services</source>
        <translation>列出市府的服務項目</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="94"/>
        <source>the endpoints a city&apos;s discovery document lists (v2)</source>
        <translation>城市探索文件列出的伺服器（v2）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="98"/>
        <source>the attributes a service asks for (v2)</source>
        <translation>服務項目要求填寫的屬性（v2）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="102"/>
        <source>file a new report at --lat/--lon or --address</source>
        <translation>在 --lat/--lon 或 --address 位置建立新通報</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="105"/>
        <source>show the status of reports</source>
        <translation>顯示通報的狀態</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="112"/>
        <source>list the city&apos;s requests (v2; 90 days or 1,000 by default)</source>
        <translation>列出市府的案件（v2；預設為 90 天或 1,000 件）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="117"/>
        <source>the request id a batch service&apos;s token became (v2)</source>
        <translation>批次服務項目的受理代碼所對應的案件編號（v2）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="122"/>
        <source>reports not yet sent, and why (this endpoint&apos;s, or --all)</source>
        <translation>尚未送出的通報及原因（此伺服器的，或 --all）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="124"/>
        <source>send what waits in the outbox for this endpoint</source>
        <translation>送出寄件匣中等待送往此伺服器的通報</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="126"/>
        <source>send a report again (after checking it did not arrive)</source>
        <translation>重新送出通報（先確認對方未收到）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="128"/>
        <source>remove a report from the outbox</source>
        <translation>從寄件匣移除通報</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="134"/>
        <source>follow requests (sent reports are followed by themselves)</source>
        <translation>追蹤案件（已送出的通報會自動追蹤）</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="136"/>
        <source>the followed requests and their last known status</source>
        <translation>追蹤中的案件及其最後已知狀態</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="138"/>
        <source>check every followed request that is not closed, once</source>
        <translation>查詢一次所有尚未結案的追蹤案件</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="171"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="250"/>
        <source>The option --%1 belongs to the %2 command.</source>
        <translation>選項 --%1 屬於 %2 指令。</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="253"/>
        <source>The option --%1 belongs to %2.</source>
        <translation>選項 --%1 屬於 %2。</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionCache</name>
    <message>
        <location filename="../lib/session/DefinitionCache.cpp" line="115"/>
        <source>There is no jurisdiction to ask for its questions.</source>
        <translation>沒有可查詢補充問題的轄區。</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionPresenter</name>
    <message>
        <location filename="../lib/gui/report/DefinitionPresenter.cpp" line="17"/>
        <source>The city&apos;s questions about this service could not be loaded: %1 The report can still go; the city will say if it needs more.</source>
        <translation>無法載入市府對此服務項目的補充問題：%1 通報仍可送出；若市府需要更多資訊會再告知。</translation>
    </message>
</context>
<context>
    <name>Open311::DiscoveryCommand</name>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="25"/>
        <source>discover takes one URL: a discovery document, or the folder that holds discovery.json.</source>
        <translation>discover 需要一個 URL：探索文件，或含有 discovery.json 的資料夾。</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="64"/>
        <source>* the endpoint to use: production GeoReport v2.</source>
        <translation>* 應使用的伺服器：正式 GeoReport v2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="66"/>
        <source>This document lists no GeoReport v2 endpoint.</source>
        <translation>此文件未列出任何 GeoReport v2 伺服器。</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="68"/>
        <source>Contact: %1</source>
        <translation>聯絡方式：%1</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="70"/>
        <source>API keys: %1</source>
        <translation>API 金鑰：%1</translation>
    </message>
</context>
<context>
    <name>Open311::DraftStore</name>
    <message>
        <location filename="../lib/store/DraftStore.cpp" line="50"/>
        <location filename="../lib/store/DraftStore.cpp" line="53"/>
        <source>The drafts</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="44"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>伺服器不是有效的 URL。請提供完整網址，例如 https://city.example/dev/V1/。</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="50"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>伺服器網址必須以 https:// 開頭（允許未加密的 HTTP 時可用 http://）。</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="55"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>伺服器使用未加密的 HTTP，API 金鑰會以未加密方式傳送。請使用 https://，或明確允許未加密的 HTTP。</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="60"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>城市 ID 是空的。GeoReport v1 伺服器需要此 ID（例如 sfgov.org）。</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation>未傳送 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation>伺服器不接受此 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation>伺服器無法產生服務項目清單。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation>未選擇服務項目。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation>伺服器未提供所選的服務項目。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation>伺服器無法建立此通報；未建立任何案件。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>伺服器查無此案件編號，或此案件是用其他 API 金鑰建立的。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="33"/>
        <source>The server refused the request as incomplete or invalid.</source>
        <translation>伺服器認為要求不完整或無效而拒絕。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="35"/>
        <source>The server does not accept this API key, or none was sent.</source>
        <translation>伺服器不接受此 API 金鑰，或未傳送 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="37"/>
        <source>The server does not know what was asked for.</source>
        <translation>伺服器無法辨識所要求的內容。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="39"/>
        <source>The server reported an error.</source>
        <translation>伺服器回報了錯誤。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="99"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>伺服器網址錯誤，或服務未在執行（HTTP 404）。請檢查伺服器網址。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="102"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>伺服器發生內部問題（HTTP %1）。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="104"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>伺服器回應 HTTP 狀態 %1。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="121"/>
        <source>The server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="129"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>無法解讀伺服器的回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="138"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>無法確定通報是否已送達市府：%1 為避免重複建立，未再次送出。</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="149"/>
        <source>Error %1: %2</source>
        <translation>錯誤 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="151"/>
        <source>The server said: “%1”</source>
        <translation>伺服器回應：「%1」</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="156"/>
        <source>It began with: “%1”</source>
        <translation>開頭為：「%1」</translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="76"/>
        <location filename="../lib/map/FeedLoader.cpp" line="91"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation>資料來源 %1 超過 64 MB，未讀取。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="77"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation>無法取得資料來源 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="110"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation>資料來源超過 64 MB，未讀取。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="121"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation>資料來源不是 KML、GeoJSON 或 CSV。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="137"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation>資料來源宣告了文件類型（DTD）；為安全起見已拒絕。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="181"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation>KML 資料來源格式不正確：%1（第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="193"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation>GeoJSON 資料來源不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="242"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation>CSV 資料來源沒有緯度與經度欄位。</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="101"/>
        <source>The address search service uses plain HTTP, which would send the address unencrypted. Use an https:// address, or allow plain HTTP for this jurisdiction in Settings.</source>
        <translation>地址搜尋服務使用未加密的 HTTP，地址會以未加密方式傳送。請使用 https:// 網址，或在「設定」中允許此轄區使用未加密的 HTTP。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/map/Geocoder.cpp" line="113"/>
        <source>The address search service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>地址搜尋服務忙碌中。請在 %n 秒後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="145"/>
        <source>Type an address to search for.</source>
        <translation>請輸入要搜尋的地址。</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="248"/>
        <source>The address search service could not be reached.</source>
        <translation>無法連上地址搜尋服務。</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="122"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>地址搜尋服務傳回的回應不是 JSON。</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="129"/>
        <source>The address search service said: %1</source>
        <translation>地址搜尋服務回應：%1</translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="38"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation>此電腦沒有鑰匙圈（Secret Service 或 KWallet），因此無法安全地儲存 API 金鑰。請洽管理員部署金鑰檔案，或設定 %1。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="45"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation>鑰匙圈拒絕存取 API 金鑰。請解鎖後再試一次。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="48"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation>無法使用鑰匙圈。請洽管理員部署金鑰檔案，或設定 %1。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="88"/>
        <source>The key file %1 does not exist.</source>
        <translation>金鑰檔案 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="91"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation>金鑰檔案 %1 的擁有者不是 root，因此未使用。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="94"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation>所有使用者都能讀取或修改金鑰檔案 %1，因此未使用。請設為只有擁有者和群組可以讀取（chmod 640）。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="100"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>無法讀取金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="103"/>
        <source>The key file %1 is empty.</source>
        <translation>金鑰檔案 %1 是空的。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="117"/>
        <source>The key file %1 is damaged: its first line is longer than any API key. Write the city&apos;s key in it again, on a line of its own.</source>
        <translation>金鑰檔案 %1 已損壞：第一行比任何 API 金鑰都長。請重新寫入市府的金鑰，單獨成一行。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="126"/>
        <source>The key file %1 is damaged: its first line holds characters that no API key has. Write the city&apos;s key in it again.</source>
        <translation>金鑰檔案 %1 已損壞：第一行含有 API 金鑰不會有的字元。請重新寫入市府的金鑰。</translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="69"/>
        <source>Are you still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="70"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="71"/>
        <source>I&apos;m still here</source>
        <translation>我還在</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="74"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="75"/>
        <source>Administrator PIN:</source>
        <translation>管理員 PIN 碼：</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="80"/>
        <source>Administrator PIN</source>
        <translation>管理員 PIN 碼</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="83"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="84"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="85"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="117"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation>案件 %1（%2）：%3 %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="139"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation>尚未設定管理員 PIN 碼；無法離開自助服務機模式。</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="140"/>
        <source>Wrong PIN.</source>
        <translation>PIN 碼錯誤。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="232"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="247"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>您還在嗎？此通報將在 %n 秒後清除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="21"/>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="96"/>
        <source>Report a problem</source>
        <translation>通報問題</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="22"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation>歡迎使用。您可以向市府通報道路坑洞、塗鴉、路燈故障或其他非緊急問題。</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="25"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation>如遇緊急情況，請撥打當地的緊急電話。</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="76"/>
        <source>Check</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="106"/>
        <source>Already reported? Enter your request id:</source>
        <translation>已經通報過了嗎？請輸入您的案件編號：</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="108"/>
        <source>Request id to look up</source>
        <translation>要查詢的案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="112"/>
        <source>Check the status of this request</source>
        <translation>查詢此案件的狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="115"/>
        <source>Status of the request</source>
        <translation>案件狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="158"/>
        <source>Checking…</source>
        <translation>正在查詢…</translation>
    </message>
</context>
<context>
    <name>Open311::KnownRequestMarkers</name>
    <message>
        <location filename="../lib/gui/report/KnownRequestMarkers.cpp" line="21"/>
        <source>%1 — %2
%3
%4
%5</source>
        <translation>%1 — %2
%3
%4
%5</translation>
    </message>
</context>
<context>
    <name>Open311::MainWindow</name>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="109"/>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="78"/>
        <source>&amp;Undo clear</source>
        <translation>復原清除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="86"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="91"/>
        <source>Report</source>
        <translation>通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="92"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="107"/>
        <location filename="../lib/gui/window/MainWindow.cpp" line="113"/>
        <source>Jurisdiction</source>
        <translation>轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="108"/>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="112"/>
        <source>Undo clearing the form</source>
        <translation>復原已清除的表單</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="114"/>
        <source>The city the reports go to</source>
        <translation>通報送往的城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="117"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="127"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="160"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="161"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="163"/>
        <source>&amp;Report</source>
        <translation>通報(&amp;R)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="164"/>
        <source>&amp;New report</source>
        <translation>新通報(&amp;N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh services</source>
        <translation>重新整理服務項目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="182"/>
        <source>&amp;About Open311 Reporter</source>
        <translation>關於 Open311 Reporter(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="202"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>無法載入服務項目清單：%1 請按 F5 再試一次。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="296"/>
        <source>Reports cannot be sent: %1</source>
        <translation>無法送出通報：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="300"/>
        <source>Outbox not available</source>
        <translation>寄件匣無法使用</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="301"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation>%1

寄件匣恢復正常前無法送出任何通報；表單中已輸入的內容會保留。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="304"/>
        <source>&amp;Outbox</source>
        <translation>寄件匣(&amp;O)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="305"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation>已建立新的寄件匣。損壞的檔案已另存為 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="321"/>
        <source>Tracker not available</source>
        <translation>案件追蹤無法使用</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="322"/>
        <source>The Tracker is not available: %1</source>
        <translation>「案件追蹤」無法使用：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Tracker</source>
        <translation>案件追蹤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="324"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation>已建立新的案件追蹤資料。損壞的檔案已另存為 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="378"/>
        <source>%1 (deprecated)</source>
        <translation>%1（已淘汰）</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="453"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation>市府已有案件 %1，不需要再次通報。</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="458"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation>已在「案件追蹤」中追蹤案件 %1；未建立新通報。</translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="33"/>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60"/>
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation>方向鍵可移動地圖，加號和減號可縮放，Enter 或空白鍵可將圖釘放在中央。按一下或拖曳即可放置圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="297"/>
        <source>Tiles from %1 over HTTP/2</source>
        <translation>圖磚來源：%1（HTTP/2）</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="300"/>
        <source>Tiles from %1 over HTTP/1.1</source>
        <translation>圖磚來源：%1（HTTP/1.1）</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="304"/>
        <source>Tiles from %1</source>
        <translation>圖磚來源：%1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="505"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="520"/>
        <source>The map could not be loaded.</source>
        <translation>無法載入地圖。</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="506"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation>無法載入地圖。您仍可用地址或經緯度說明問題的位置。</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/OverlayPainter.cpp" line="74"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/OverlayPainter.cpp" line="76"/>
        <source>%1 m</source>
        <translation>%1 公尺</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="14"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="15"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="17"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="18"/>
        <source>Zoom out (−)</source>
        <translation>縮小（−）</translation>
    </message>
</context>
<context>
    <name>Open311::MultipartForm</name>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="138"/>
        <source>The body is not multipart/form-data.</source>
        <translation>內容主體不是 multipart/form-data。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="143"/>
        <source>The parameters of the multipart Content-Type cannot be read.</source>
        <translation>無法讀取 multipart Content-Type 的參數。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="148"/>
        <source>The multipart Content-Type has no boundary.</source>
        <translation>multipart Content-Type 沒有 boundary（分界）。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="156"/>
        <source>The multipart boundary must be 1 to 70 letters, digits or &apos;()+_,-./:=? characters, not ending in a space.</source>
        <translation>multipart 分界必須由 1 到 70 個字母、數字或 &apos;()+_,-./:=? 字元組成，且結尾不可為空格。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="199"/>
        <source>The multipart body never reaches its boundary.</source>
        <translation>multipart 內容主體始終未出現分界。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="208"/>
        <source>The multipart body has no parts.</source>
        <translation>multipart 內容主體沒有任何部分。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="214"/>
        <source>Boundary line %1 of the multipart body is malformed.</source>
        <translation>multipart 內容主體的第 %1 條分界行格式錯誤。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="219"/>
        <source>The multipart body has more than %1 parts.</source>
        <translation>multipart 內容主體超過 %1 個部分。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="226"/>
        <source>Part %1 of the multipart body has no Content-Disposition.</source>
        <translation>multipart 內容主體的第 %1 部分沒有 Content-Disposition。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="232"/>
        <source>The header fields of part %1 are longer than 8 KiB.</source>
        <translation>第 %1 部分的標頭欄位超過 8 KiB。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="233"/>
        <source>The multipart body ends inside the header fields of part %1.</source>
        <translation>multipart 內容主體在第 %1 部分的標頭欄位中就結束了。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="240"/>
        <source>Part %1 of the multipart body: %2</source>
        <translation>multipart 內容主體的第 %1 部分：%2</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="246"/>
        <source>The multipart body ends without its closing boundary.</source>
        <translation>multipart 內容主體結束時缺少結尾分界。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="267"/>
        <source>a header line holds a bare CR, LF or NUL.</source>
        <translation>標頭行含有單獨的 CR、LF 或 NUL。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="269"/>
        <source>folded header lines are not accepted.</source>
        <translation>不接受摺疊的標頭行。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="275"/>
        <source>a header line is not a name, a colon and a value.</source>
        <translation>標頭行不是「名稱、冒號、值」的格式。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="280"/>
        <source>Content-Disposition is given twice.</source>
        <translation>Content-Disposition 出現兩次。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="286"/>
        <source>Content-Disposition must be form-data with its parameters.</source>
        <translation>Content-Disposition 必須是 form-data 並附上參數。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="289"/>
        <source>Content-Disposition names no field.</source>
        <translation>Content-Disposition 未指定欄位名稱。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="298"/>
        <source>Content-Type is given twice.</source>
        <translation>Content-Type 出現兩次。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="304"/>
        <source>Content-Transfer-Encoding %1 is not supported; send the bytes as they are.</source>
        <translation>不支援 Content-Transfer-Encoding %1；請直接傳送原始位元組。</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="310"/>
        <source>it has no Content-Disposition.</source>
        <translation>缺少 Content-Disposition。</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation>請選擇服務項目。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>緯度與經度請同時提供，或都不提供。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>緯度必須介於 -90 到 90 度之間。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>經度必須介於 -180 到 180 度之間。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>請提供位置：在地圖上放置圖釘，或輸入地址。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="38"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>問題描述有 %1 個字元；市府最多接受 %2 個。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="43"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>電子郵件地址格式似乎不正確（name@example.org）。</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="50"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>連結必須是以 http:// 或 https:// 開頭的完整網址。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/core/NewRequest.cpp" line="56"/>
        <source>At most %n photos can go with a report.</source>
        <translation>
            <numerusform>每則通報最多可附 %n 張照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="60"/>
        <source>The photo %1 is empty or larger than %2 MB.</source>
        <translation>照片 %1 是空的或超過 %2 MB。</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="189"/>
        <location filename="../lib/store/Outbox.cpp" line="191"/>
        <source>The outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="492"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>送出此通報時應用程式已停止；無法確定通報是否已送達市府。</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxCommands</name>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="43"/>
        <source>Use %1.</source>
        <translation>請使用 %1。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="51"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>outbox %1 需要一則通報的編號（請參閱：open311 outbox list）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="55"/>
        <source>outbox %1 takes no arguments.</source>
        <translation>outbox %1 不接受引數。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="108"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>寄件匣中沒有可捨棄的通報 %1。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="111"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation>已從寄件匣移除通報 %1。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="128"/>
        <source>Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then `open311 outbox resend ID`, or `open311 outbox discard ID`.</source>
        <translation>遭市府拒絕：%1。請修正問題（若金鑰錯誤，請設定 %2），然後執行 `open311 outbox resend ID` 或 `open311 outbox discard ID`。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="134"/>
        <source>Perhaps received by the city: %1. If the city does not have it, `open311 outbox resend ID`; if it does, `open311 outbox discard ID`.</source>
        <translation>市府可能已收到：%1。若市府沒有收到，請執行 `open311 outbox resend ID`；若已收到，請執行 `open311 outbox discard ID`。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="140"/>
        <source>%1 more wait for other endpoints (see: open311 outbox list --all).</source>
        <translation>另有 %1 則正等待送往其他伺服器（請參閱：open311 outbox list --all）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="156"/>
        <source>There is no report %1 in the outbox (see: open311 outbox list).</source>
        <translation>寄件匣中沒有通報 %1（請參閱：open311 outbox list）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="160"/>
        <source>Report %1 was sent already; the city&apos;s request id is %2.</source>
        <translation>通報 %1 已送出；市府的案件編號為 %2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="172"/>
        <source>Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city id and key) to resend it.</source>
        <translation>通報 %1 正等待送往其他伺服器 %2。若要重新送出，請提供 --endpoint %2（以及其城市 ID 與金鑰）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="179"/>
        <source>Report %1 was written for GeoReport %2. Give --protocol %2 to resend it.</source>
        <translation>通報 %1 是為 GeoReport %2 建立的。若要重新送出，請提供 --protocol %2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="215"/>
        <source>Report %1 (%2): %3</source>
        <translation>通報 %1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/OutboxCommands.cpp" line="238"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>已送出 %n 則通報；寄件匣中仍有 %1 則。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="249"/>
        <location filename="../lib/cli/OutboxCommands.cpp" line="253"/>
        <source>Report %1 is being sent by another process.</source>
        <translation>另一個程序正在送出通報 %1。</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="41"/>
        <source>Waiting to be sent</source>
        <translation>等待送出</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="43"/>
        <source>Sending</source>
        <translation>送出中</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="45"/>
        <source>Sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="47"/>
        <source>Will retry</source>
        <translation>將重試</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="49"/>
        <source>Refused by the city</source>
        <translation>遭市府拒絕</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="51"/>
        <source>Outcome unknown — check before resending</source>
        <translation>結果不明：重新送出前請先確認</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="77"/>
        <source>Will retry at %1</source>
        <translation>將於 %1 重試</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="94"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="96"/>
        <source>Written</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="98"/>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="100"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="102"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation>立即送出等待中的通報(&amp;W)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation>重新送出(&amp;S)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation>記錄編號(&amp;I)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="37"/>
        <source>Reports not yet sent</source>
        <translation>尚未送出的通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="39"/>
        <source>About the outbox</source>
        <translation>關於寄件匣</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="40"/>
        <source>Send waiting reports now</source>
        <translation>立即送出等待中的通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="41"/>
        <source>Resend the selected report</source>
        <translation>重新送出所選的通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="42"/>
        <source>Id given by the city</source>
        <translation>市府提供的編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="43"/>
        <source>Request id given by the city</source>
        <translation>市府提供的案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="46"/>
        <source>Id from the cit&amp;y</source>
        <translation>市府編號(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="48"/>
        <source>Record the id for the selected report</source>
        <translation>記錄所選通報的編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="49"/>
        <source>Discard the selected report</source>
        <translation>捨棄所選的通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="98"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>結果不明的通報可能已送達市府。重新送出前請先向市府確認，或記錄市府提供的編號。</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="101"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation>無法連上市府時，通報會在此等待，恢復連線後會自動送出。</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="104"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation>目前沒有等待中的通報。無法連上市府時，通報會在此等待，恢復連線後會自動送出。</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxSender</name>
    <message>
        <location filename="../lib/store/OutboxSender.cpp" line="61"/>
        <source>The report could not be read back from the outbox.</source>
        <translation>無法從寄件匣讀回此通報。</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxTab</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="32"/>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox</source>
        <translation>寄件匣(&amp;O)</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="64"/>
        <source>Outbox not available</source>
        <translation>寄件匣無法使用</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="65"/>
        <source>Outbox empty</source>
        <translation>寄件匣是空的</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="66"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>寄件匣：%n 則等待中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox (%1)</source>
        <translation>寄件匣（%1）(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Open311::PhotoPreparer</name>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="128"/>
        <source>%1 is %2, larger than the %3 a photo may have.</source>
        <translation>%1 的大小為 %2，超過照片上限 %3。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="148"/>
        <location filename="../lib/session/PhotoPreparer.cpp" line="167"/>
        <source>%1 is not a photo this app can read (%2).</source>
        <translation>%1 不是本應用程式可讀取的照片（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="150"/>
        <source>%1 is cut off before its end; it may not have been copied completely.</source>
        <translation>%1 的內容不完整，可能沒有完整複製。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="156"/>
        <source>%1 has %2 million pixels; a photo may have at most %3 million.</source>
        <translation>%1 有 %2 百萬像素；照片最多只能有 %3 百萬像素。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="189"/>
        <source>%1 could not be made ready to send (%2).</source>
        <translation>%1 無法準備送出（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="207"/>
        <source>%1 could not be opened (%2).</source>
        <translation>無法開啟 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="213"/>
        <source>%1 could not be read (%2).</source>
        <translation>無法讀取 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="28"/>
        <source>The position found is not valid.</source>
        <translation>取得的位置無效。</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>此電腦不允許應用程式取得位置。請在地圖上放置圖釘，或輸入地址。</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>無法及時找到您的位置。請在地圖上放置圖釘，或輸入地址。</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="45"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>無法取得您的位置。請在地圖上放置圖釘，或輸入地址。</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="68"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>此電腦沒有定位服務。請在地圖上放置圖釘，或輸入地址。</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileCommands</name>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="31"/>
        <source>training</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="33"/>
        <source>deprecated</source>
        <translation>已淘汰</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="35"/>
        <source>managed</source>
        <translation>受管理</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="144"/>
        <source>The settings file %1 cannot be read (%2), so the settings in it are not used.</source>
        <translation>無法讀取設定檔 %1（%2），因此不會使用其中的設定。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="147"/>
        <source>The system settings file %1, which your administrator provides, is damaged: some jurisdictions or locks in it may not be used. Ask your administrator to check it.</source>
        <translation>系統設定檔 %1（由您的管理員提供）已損壞：其中部分轄區或鎖定可能無法使用。請管理員檢查此檔案。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="152"/>
        <source>The settings file %1 is damaged, and no copy of it could be kept: some of your settings may be missing. It is left as it is.</source>
        <translation>設定檔 %1 已損壞，且無法保留副本：您的部分設定可能遺失。此檔案維持原狀。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="158"/>
        <source>The settings file %1 was damaged, so some of your settings may be missing. What could be read is kept, and the damaged file was copied to %2.</source>
        <translation>設定檔 %1 已損壞，您的部分設定可能遺失。能讀取的部分已保留，損壞的檔案已複製到 %2。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="167"/>
        <source>Training city (Sandbox City)</source>
        <translation>練習城市（Sandbox City）</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="170"/>
        <source>Built in; files nothing real.</source>
        <translation>內建；不會建立任何真實案件。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="176"/>
        <source>Training city over GeoReport v1</source>
        <translation>練習城市（GeoReport v1）</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="181"/>
        <source>San Francisco</source>
        <translation>舊金山</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="185"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation>自 2013 年 8 月起已淘汰：僅供參考，無法送出通報。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="193"/>
        <source>Miami-Dade County</source>
        <translation>邁阿密-戴德郡</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="198"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation>可供開發使用（測試版）。請先向郡政府申請金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="376"/>
        <source>Give the map&apos;s attribution (such as © OpenStreetMap contributors): the tiles&apos; licence asks that it be shown on the map.</source>
        <translation>請提供地圖出處標示（例如 © OpenStreetMap 貢獻者）：圖磚的授權條款要求在地圖上顯示。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="383"/>
        <source>The city&apos;s language must be a language tag such as en or pt-BR.</source>
        <translation>城市的語言必須是語言標籤，例如 en 或 pt-BR。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="388"/>
        <source>Each language the server answers in must be a language tag such as es or es_US, not %1.</source>
        <translation>伺服器回覆所用的每種語言都必須是語言標籤，例如 es 或 es_US，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="395"/>
        <source>Each language with its own server must be a language tag such as es or zh-TW, not %1.</source>
        <translation>每種有自己伺服器的語言都必須是語言標籤，例如 es 或 zh-TW，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="405"/>
        <source>Give the jurisdiction a name.</source>
        <translation>請為轄區命名。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="410"/>
        <source>The jurisdiction speaks a protocol this version of Open311 Reporter does not know.</source>
        <translation>此轄區使用的協定是這個版本的 Open311 Reporter 無法辨識的。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="418"/>
        <source>The server for %1: %2</source>
        <translation>%1 的伺服器：%2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="423"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation>此電腦上沒有地圖圖磚 %1。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="431"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation>地圖圖磚網址必須是含有 {z}、{x} 與 {y} 的 URL，例如 https://tile.openstreetmap.org/{z}/{x}/{y}.png，或是 MBTiles 檔案或圖磚資料夾的路徑。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="436"/>
        <source>The map tile address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>地圖圖磚網址使用未加密的 HTTP。請使用 https://，或允許此轄區使用未加密的 HTTP。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="441"/>
        <source>The address search service must be a full URL.</source>
        <translation>地址搜尋服務必須是完整的 URL。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="444"/>
        <source>The address search service uses plain HTTP, which would send addresses unencrypted. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>地址搜尋服務使用未加密的 HTTP，地址會以未加密方式傳送。請使用 https://，或允許此轄區使用未加密的 HTTP。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="452"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation>資料來源必須是 http(s) 網址或檔案路徑：%1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="460"/>
        <source>The service area must be an http(s) address or the path of a GeoJSON file.</source>
        <translation>服務範圍必須是 http(s) 網址或 GeoJSON 檔案的路徑。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="463"/>
        <source>The service area&apos;s address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>服務範圍的網址使用未加密的 HTTP。請使用 https://，或允許此轄區使用未加密的 HTTP。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="468"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation>「案件追蹤」最快每 30 秒查詢一次。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="475"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation>%1 已不再受理通報（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="482"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="513"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation>此電腦上的轄區由您的管理員管理。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="489"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation>內建轄區無法變更；請建立副本後再修改。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="504"/>
        <source>The settings could not be written.</source>
        <translation>無法寫入設定。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="519"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation>內建轄區無法移除。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="542"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="607"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation>這不是由 Open311 Reporter 匯出的轄區檔案。</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="614"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation>轄區檔案沒有可用的 ID。</translation>
    </message>
</context>
<context>
    <name>Open311::RemotePhoto</name>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="21"/>
        <source>The city&apos;s photo</source>
        <translation>市府提供的照片</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="29"/>
        <source>The city&apos;s photo is at an address this app does not open by itself.</source>
        <translation>市府提供的照片位於本應用程式不會自行開啟的網址。</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="34"/>
        <source>Loading the city&apos;s photo…</source>
        <translation>正在載入市府提供的照片…</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="87"/>
        <source>The city&apos;s photo is too large to show here.</source>
        <translation>市府提供的照片太大，無法在此顯示。</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="91"/>
        <source>The city&apos;s photo could not be loaded: its server answered %1.</source>
        <translation>無法載入市府提供的照片：其伺服器回應 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="95"/>
        <source>The city&apos;s photo could not be loaded: its server could not be reached.</source>
        <translation>無法載入市府提供的照片：無法連上其伺服器。</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="105"/>
        <source>The city&apos;s photo is not a picture this app can show.</source>
        <translation>市府提供的照片不是本應用程式可顯示的圖片。</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="91"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="93"/>
        <source>Delete leaves the date and time out.</source>
        <translation>按 Delete 鍵可不填日期與時間。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="362"/>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="373"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="405"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="417"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="440"/>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="478"/>
        <location filename="../lib/gui/report/FieldErrors.cpp" line="48"/>
        <source>Problem with %1</source>
        <translation>%1 有問題</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>&amp;First name</source>
        <translation>名字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>&amp;Last name</source>
        <translation>姓氏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>&amp;Email</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>A&amp;ccount id</source>
        <translation>帳號 ID(&amp;C)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>Account id</source>
        <translation>帳號 ID</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="19"/>
        <source>Lat&amp;itude</source>
        <translation>緯度(&amp;I)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="21"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="30"/>
        <source>Lon&amp;gitude</source>
        <translation>經度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="32"/>
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="80"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation>請輸入緯度（-90 到 90 度），或在地圖上放置圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="84"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation>請輸入經度（-180 到 180 度），或在地圖上放置圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="27"/>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="29"/>
        <source>Follow the existing request instead</source>
        <translation>改為追蹤現有案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="69"/>
        <source>an unknown date</source>
        <translation>不明日期</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="71"/>
        <source>%1 m from the pin</source>
        <translation>距圖釘 %1 公尺</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="72"/>
        <source>at the same address</source>
        <translation>位於同一地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="74"/>
        <source>This may already be reported: a report of %1 %2 is waiting in the outbox to be sent (since %3).</source>
        <translation>可能已有人通報：寄件匣中有一則「%1」通報（%2）正等待送出（自 %3 起）。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="77"/>
        <source>This may already be reported: request %1 (%2, %3), %4, reported %5.</source>
        <translation>可能已有人通報：案件 %1（%2，%3），%4，通報時間 %5。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="81"/>
        <source>Follow %1 instead</source>
        <translation>改為追蹤 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="40"/>
        <source>Street and number, then Enter to find it</source>
        <translation>輸入路名與門牌號碼，按 Enter 搜尋</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="41"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="44"/>
        <source>An address or a pin on the map is required. Press Enter to search for the address and move the pin.</source>
        <translation>必須提供地址，或在地圖上放置圖釘。按 Enter 可搜尋地址並移動圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="48"/>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="49"/>
        <source>Find the address on the map</source>
        <translation>在地圖上搜尋地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="50"/>
        <source>Use &amp;my location</source>
        <translation>使用我的位置(&amp;M)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="51"/>
        <source>Use my location</source>
        <translation>使用我的位置</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="71"/>
        <source>About the location</source>
        <translation>關於位置</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="106"/>
        <source>Finding your location…</source>
        <translation>正在尋找您的位置…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="149"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>此地點在 %1 範圍外；市府可能不會處理。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="164"/>
        <source>This place is outside %1, and this kiosk sends reports only for places inside it. Move the pin into the city.</source>
        <translation>此地點在 %1 範圍外，而此自助服務機只送出範圍內地點的通報。請將圖釘移到市區範圍內。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="266"/>
        <source>The pin is not at this address: press Enter to find it, or move the pin.</source>
        <translation>圖釘不在此地址上：請按 Enter 搜尋地址，或移動圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="271"/>
        <source>No place on the map yet: the city gets the address alone, with no map position.</source>
        <translation>尚未在地圖上標示地點：市府只會收到地址，不會收到地圖位置。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="284"/>
        <source>No pin on the map yet.</source>
        <translation>地圖上尚未放置圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="286"/>
        <source>The pin is at %1.</source>
        <translation>圖釘位於 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="288"/>
        <source>The pin is at latitude %1, longitude %2.</source>
        <translation>圖釘位於緯度 %1、經度 %2。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="298"/>
        <source>Looking up “%1”…</source>
        <translation>正在搜尋「%1」…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="309"/>
        <source>No place called “%1” was found, so the pin was taken off the map.</source>
        <translation>找不到「%1」這個地點，因此已從地圖上移除圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="312"/>
        <source>%1 The pin was taken off the map.</source>
        <translation>%1 已從地圖上移除圖釘。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="315"/>
        <source>Place it on the map, or the city gets the address alone, with no map position.</source>
        <translation>請在地圖上放置圖釘，否則市府只會收到地址，不會收到地圖位置。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="326"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>找不到「%1」這個地點。請改為在地圖上放置圖釘。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/LocationSection.cpp" line="336"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>找到 %n 個地點；請選擇一個。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="339"/>
        <source>Places found</source>
        <translation>找到的地點</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="50"/>
        <source>%1 could not be made ready to send.</source>
        <translation>%1 無法準備送出。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="80"/>
        <source>Images (%1)</source>
        <translation>圖片 (%1)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="113"/>
        <source>Add photos…</source>
        <translation>新增照片…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="114"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="269"/>
        <source>Add photos</source>
        <translation>新增照片</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="115"/>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="48"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="116"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="117"/>
        <source>Use the photo&apos;s location</source>
        <translation>使用照片的位置</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="135"/>
        <source>No photo attached.</source>
        <translation>未附加照片。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="149"/>
        <source>Photo message</source>
        <translation>照片相關訊息</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="156"/>
        <source>Photos are made smaller and sent without their hidden data (EXIF): no camera position, camera model or time leaves with them.</source>
        <translation>照片會縮小，並移除隱藏資料（EXIF）後送出：拍攝位置、相機型號和拍攝時間都不會一併送出。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="160"/>
        <source>About photos</source>
        <translation>關於照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="249"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="342"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="361"/>
        <source>A report can have at most %n photos; remove one to attach another.</source>
        <translation>
            <numerusform>每則通報最多只能附 %n 張照片；請先移除一張再附加其他照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="312"/>
        <source>%1 is not in the folder photos can be attached from.</source>
        <translation>%1 不在可附加照片的資料夾中。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="319"/>
        <source>%1 was taken before this report was started.</source>
        <translation>%1 是在開始填寫此通報之前拍攝的。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="323"/>
        <source>%1 is a folder, not a photo.</source>
        <translation>%1 是資料夾，不是照片。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="331"/>
        <source>%1 is attached already.</source>
        <translation>%1 已附加。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="359"/>
        <source>The pasted image could not be read.</source>
        <translation>無法讀取貼上的圖片。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="366"/>
        <source>Pasted image %1</source>
        <translation>貼上的圖片 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="531"/>
        <source>The position %1 was taken at</source>
        <translation>%1 的拍攝位置</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="540"/>
        <source>This city takes no photo uploads; put a link to your photo in the field below instead.</source>
        <translation>此城市不接受上傳照片；請改在下方欄位填入照片的連結。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="543"/>
        <source>The photos attached will not be sent to this city.</source>
        <translation>已附加的照片不會送給此城市。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="23"/>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="27"/>
        <source>Preparing %1</source>
        <translation>正在準備 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="37"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="38"/>
        <source>Remove photo %1</source>
        <translation>移除照片 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="52"/>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="75"/>
        <source>No preview</source>
        <translation>無預覽</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="19"/>
        <source>The pin was not placed for “%1”: it was put there before the address was typed, or shows where this computer is. The city uses the pin to find the problem.</source>
        <translation>圖釘並非依「%1」放置：它是在輸入地址前放置的，或是顯示此電腦的所在位置。市府會依圖釘找到問題所在。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="23"/>
        <source>The pin was placed for “%1”, but the address now reads “%2”. The city uses the pin to find the problem.</source>
        <translation>圖釘是依「%1」放置的，但地址現在是「%2」。市府會依圖釘找到問題所在。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="26"/>
        <source>Which place is meant?</source>
        <translation>您指的是哪個地點？</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="27"/>
        <source>Send with the &amp;pin</source>
        <translation>連同圖釘送出(&amp;P)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="28"/>
        <source>The pin&apos;s place goes to the city with the address as typed.</source>
        <translation>圖釘的位置會連同您輸入的地址一起送給市府。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="30"/>
        <source>Send the &amp;address alone</source>
        <translation>只送出地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="31"/>
        <source>The pin is taken off; the city gets no map position.</source>
        <translation>圖釘會被移除；市府不會收到地圖位置。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="33"/>
        <source>&amp;Back to the address</source>
        <translation>返回地址(&amp;B)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="39"/>
        <source>Send it anyway?</source>
        <translation>仍要送出嗎？</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="40"/>
        <source>Send it &amp;anyway</source>
        <translation>仍要送出(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="41"/>
        <source>The report goes to this city with the pin where it is.</source>
        <translation>通報會依圖釘目前的位置送給此城市。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="43"/>
        <source>&amp;Back to the place</source>
        <translation>返回地點(&amp;B)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="30"/>
        <source>The service&apos;s questions</source>
        <translation>此服務項目的補充問題</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="36"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="38"/>
        <source>What is wrong, and where exactly?</source>
        <translation>發生了什麼問題？確切位置在哪裡？</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="41"/>
        <source>Characters used</source>
        <translation>已使用字元數</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="52"/>
        <source>Photo or page lin&amp;k</source>
        <translation>照片或網頁連結(&amp;K)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="54"/>
        <source>Link to a photo or page</source>
        <translation>照片或網頁的連結</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="55"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="60"/>
        <source>Send the report</source>
        <translation>送出通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="64"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/ReportDetails.cpp" line="88"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>問題描述最多 %1 個字元。未納入：%n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="109"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="54"/>
        <source>Test server: reports sent here are not real and will not be handled.</source>
        <translation>測試伺服器：在此送出的通報並非真實通報，不會有人處理。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="56"/>
        <source>Test server</source>
        <translation>測試伺服器</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="177"/>
        <source>Loading the questions the city asks about this service…</source>
        <translation>正在載入市府對此服務項目的補充問題…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="315"/>
        <source>&amp;Service</source>
        <translation>服務項目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="317"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="319"/>
        <source>Sending…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="320"/>
        <source>Se&amp;nd report</source>
        <translation>送出通報(&amp;N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="366"/>
        <source>A photo is still being prepared; send again in a moment.</source>
        <translation>仍在準備照片；請稍後再送出一次。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="375"/>
        <source>The city&apos;s questions about this service have not arrived yet; the report can go once they are answered.</source>
        <translation>市府對此服務項目的補充問題尚未載入；回答完畢後即可送出通報。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="417"/>
        <source>Sending the report…</source>
        <translation>正在送出通報…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportFormText.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="27"/>
        <source>Type to filter, e.g. pothole</source>
        <translation>輸入文字篩選，例如：坑洞</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="29"/>
        <source>Filter services</source>
        <translation>篩選服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="34"/>
        <source>Services</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="44"/>
        <source>Description of the chosen service</source>
        <translation>所選服務項目的說明</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="178"/>
        <source>No service chosen yet.</source>
        <translation>尚未選擇服務項目。</translation>
    </message>
</context>
<context>
    <name>Open311::ReportPresenter</name>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="29"/>
        <source>The draft could not be saved (the disk may be full). The report is still here in the form; send it, or free some space so that it can be kept.</source>
        <translation>無法儲存草稿（磁碟可能已滿）。通報仍保留在表單中；請送出，或釋出一些空間以便保存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="33"/>
        <source>The draft is saved again.</source>
        <translation>草稿已重新儲存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="51"/>
        <source>A waiting report went out: request id %1.</source>
        <translation>一則等待中的通報已送出：案件編號 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="61"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation>%1 此通報已儲存在寄件匣（編號 %2），可連上市府的伺服器時會自動送出。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="69"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 此通報列在「寄件匣」分頁中（編號 %2），您可以在那裡向市府確認後重新送出，或記錄其編號。</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSubmission</name>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="55"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>寄件匣無法使用，因此無法送出通報。</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="78"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>無法儲存此通報，因此未送出。資料並未遺失：表單中仍保留內容。</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="85"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>此通報已儲存在寄件匣，稍後即會送出。</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSummary</name>
    <message>
        <location filename="../lib/cli/ReportSummary.cpp" line="13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Open311::RequestCommands</name>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="56"/>
        <source>submit takes no positional arguments; use the options.</source>
        <translation>submit 不接受位置引數；請使用選項。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="84"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="101"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="95"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>此地點在 %1 範圍外；市府可能不會處理。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="98"/>
        <source>%1 Nothing was sent; give --outside-area to send it anyway.</source>
        <translation>%1 未送出任何資料；若仍要送出，請加上 --outside-area。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="117"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="144"/>
        <source>The service&apos;s attributes could not be checked first: %1</source>
        <translation>無法先檢查服務項目的屬性：%1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="127"/>
        <source>The city offers no service with the code %1 (see: open311 services).</source>
        <translation>市府沒有代碼為 %1 的服務項目（請參閱：open311 services）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="134"/>
        <source>The service %1 has no attributes; leave out --attribute.</source>
        <translation>服務項目 %1 沒有屬性；請省略 --attribute。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="169"/>
        <source>--lat takes a number of degrees.</source>
        <translation>--lat 需要以度為單位的數字。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="178"/>
        <source>--lon takes a number of degrees.</source>
        <translation>--lon 需要以度為單位的數字。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="194"/>
        <source>--attribute takes CODE=VALUE, such as --attribute SIZE=large.</source>
        <translation>--attribute 需要「代碼=值」格式，例如 --attribute SIZE=large。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="205"/>
        <source>--attribute, --address-id and --photo are GeoReport v2&apos;s; this endpoint speaks v1 (see --protocol).</source>
        <translation>--attribute、--address-id 與 --photo 是 GeoReport v2 的選項；此伺服器使用 v1（請參閱 --protocol）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="210"/>
        <source>%1 takes no photo uploads (its profile says so); give a link with --media-url instead.</source>
        <translation>%1 不接受上傳照片（其轄區設定如此註明）；請改用 --media-url 提供連結。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="226"/>
        <source>Give --description or --description-file, not both.</source>
        <translation>請提供 --description 或 --description-file，不可同時提供。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="234"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation>無法讀取描述檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="288"/>
        <source>The report could not be written to the outbox %1 (the disk may be full), so it was not sent. Nothing already in the outbox was lost.</source>
        <translation>無法將通報寫入寄件匣 %1（磁碟可能已滿），因此未送出。寄件匣中原有的內容都沒有遺失。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="307"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>此通報以編號 %1 保留在寄件匣中（請參閱：open311 outbox list）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="315"/>
        <source>The report was taken by another process.</source>
        <translation>此通報已由另一個程序處理。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="325"/>
        <source>The city answered with a token: it files the report later. It is followed in open311 track list until it has a request id; open311 track poll or open311 token %1 asks for it.</source>
        <translation>市府回覆了受理代碼：稍後才會建立案件。在取得案件編號前，會在 open311 track list 中追蹤；可用 open311 track poll 或 open311 token %1 查詢。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="343"/>
        <source>status needs at least one service request id.</source>
        <translation>status 至少需要一個案件編號。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="383"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Open311::RequestDetailsDialog</name>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>A report waiting in the outbox</source>
        <translation>寄件匣中等待送出的通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>Request %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="23"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation>%1
狀態：%2
通報時間：%3
%4

%5</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="31"/>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="32"/>
        <source>Follow this request</source>
        <translation>追蹤此案件</translation>
    </message>
</context>
<context>
    <name>Open311::RequestQueryCommands</name>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="46"/>
        <source>--status takes open or closed.</source>
        <translation>--status 只接受 open 或 closed。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="56"/>
        <source>--%1 takes a date such as 2026-11-01, or a moment such as 2026-11-01T09:30:00Z.</source>
        <translation>--%1 需要日期（例如 2026-11-01）或時間點（例如 2026-11-01T09:30:00Z）。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="64"/>
        <source>--start is after --end.</source>
        <translation>--start 晚於 --end。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="78"/>
        <source>--%1 takes a whole number from 1.</source>
        <translation>--%1 需要 1 以上的整數。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="89"/>
        <source>requests takes no positional arguments; use the options.</source>
        <translation>requests 不接受位置引數；請使用選項。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="110"/>
        <source>token takes one token.</source>
        <translation>token 需要一個受理代碼。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="132"/>
        <source>The city has not given token %1 a request id yet; ask again later.</source>
        <translation>市府尚未為受理代碼 %1 指派案件編號；請稍後再查詢。</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="167"/>
        <source>The city lists no request that matches.</source>
        <translation>市府沒有符合條件的案件。</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="27"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy id</source>
        <translation>複製編號(&amp;C)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="31"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>&amp;Print</source>
        <translation>列印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="34"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="108"/>
        <source>The report was filed. Request id:</source>
        <translation>通報已受理。案件編號：</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="44"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Request id</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="46"/>
        <source>QR code of the request id</source>
        <translation>案件編號的 QR 碼</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="49"/>
        <source>Scan the code with your phone, or write the number down: with it you can check on your report here or with the city.</source>
        <translation>請用手機掃描此 QR 碼，或記下編號：之後可憑此編號在這裡或向市府查詢您的通報。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="54"/>
        <source>Copy the request id</source>
        <translation>複製案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="58"/>
        <source>What the city promises</source>
        <translation>市府的承諾</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="59"/>
        <source>Start a new report</source>
        <translation>開始新通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="79"/>
        <source>Print the request id</source>
        <translation>列印案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="92"/>
        <source>New report</source>
        <translation>新通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>&amp;New report</source>
        <translation>新通報(&amp;N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="106"/>
        <source>The report was received. The city gives it a number later; the Tracker shows it when it does. Token:</source>
        <translation>已收到通報。市府稍後才會提供案件編號，屆時會顯示在「案件追蹤」中。受理代碼：</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Token</source>
        <translation>受理代碼</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy token</source>
        <translation>複製受理代碼(&amp;C)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="116"/>
        <source>Service: %1</source>
        <translation>服務項目：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="118"/>
        <source>The city did not say when it will act.</source>
        <translation>市府未說明何時處理。</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="119"/>
        <source>The city says: %1</source>
        <translation>市府說明：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="155"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation>案件編號：%1
服務項目：%2
%3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxApiV2</name>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="78"/>
        <source>There is no GeoReport v2 method %1 here; methods end in .json or .xml.</source>
        <translation>此處沒有 GeoReport v2 方法 %1；方法名稱須以 .json 或 .xml 結尾。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="85"/>
        <source>%1 is not supported here.</source>
        <translation>此處不支援 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="103"/>
        <source>There is no GeoReport v2 method %1 here.</source>
        <translation>此處沒有 GeoReport v2 方法 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="111"/>
        <source>api_key was not provided.</source>
        <translation>未提供 api_key。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="115"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>收到的 api_key 無效，無法執行 create_request。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="116"/>
        <source>Invalid api_key received -- can&apos;t proceed.</source>
        <translation>收到的 api_key 無效，無法繼續。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="122"/>
        <source>jurisdiction_id %1 was not found; this server serves %2.</source>
        <translation>找不到 jurisdiction_id %1；此伺服器服務的是 %2。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="141"/>
        <source>The service list back-end is down; try again later.</source>
        <translation>服務項目清單的後端系統故障；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="168"/>
        <source>The service %1 has no definition; its metadata is false.</source>
        <translation>服務項目 %1 沒有定義；其 metadata 為 false。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="169"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="214"/>
        <source>service_code %1 was not found.</source>
        <translation>找不到 service_code %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="172"/>
        <source>The definitions back-end is down; try again later.</source>
        <translation>服務項目定義的後端系統故障；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="211"/>
        <source>service_code was not provided.</source>
        <translation>未提供 service_code。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="222"/>
        <source>lat and long must both be given as WGS84 degrees.</source>
        <translation>lat 與 long 都必須以 WGS84 度數提供。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="228"/>
        <source>A location is required: lat and long, address_string or address_id.</source>
        <translation>必須提供位置：lat 與 long、address_string 或 address_id。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="231"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>問題描述最多 4,000 個字元。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="239"/>
        <source>attribute[%1]: %2</source>
        <translation>attribute[%1]：%2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="242"/>
        <source>The city&apos;s back-end is down; nothing was created. Try again later.</source>
        <translation>市府的後端系統故障；未建立任何案件。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="269"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>無法儲存此案件；未建立任何資料。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="296"/>
        <source>At most 1,000 service_request_id can be asked at once.</source>
        <translation>一次最多只能查詢 1,000 個 service_request_id。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="306"/>
        <source>start_date and end_date must be ISO 8601 dates, such as 2026-12-01T00:00:00Z.</source>
        <translation>start_date 與 end_date 必須是 ISO 8601 日期，例如 2026-12-01T00:00:00Z。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="312"/>
        <source>end_date is before start_date.</source>
        <translation>end_date 早於 start_date。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="315"/>
        <source>start_date and end_date may not span more than 90 days.</source>
        <translation>start_date 與 end_date 的間隔不可超過 90 天。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="321"/>
        <source>status must be open or closed, not %1.</source>
        <translation>status 必須是 open 或 closed，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="331"/>
        <source>page and page_size must be whole numbers from 1.</source>
        <translation>page 與 page_size 必須是 1 以上的整數。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="333"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="361"/>
        <source>The requests back-end is down; try again later.</source>
        <translation>案件後端系統故障；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="359"/>
        <source>service_request_id %1 was not found.</source>
        <translation>找不到 service_request_id %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="376"/>
        <source>token %1 was not found.</source>
        <translation>找不到受理代碼 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="378"/>
        <source>The tokens back-end is down; try again later.</source>
        <translation>受理代碼後端系統故障；請稍後再試。</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation>無法讀取服務項目檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="45"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>服務項目檔案 %1 超過 16 MB。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="58"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>服務項目檔案宣告了 DTD，不予接受。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>服務項目檔案第 %1 行：每個服務項目都需要 service_code 與 service_name。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation>服務項目代碼 %1 在服務項目檔案中出現兩次。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="82"/>
        <source>The City will review this report within 5 business days.</source>
        <translation>市府將在 5 個工作天內審查此通報。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="94"/>
        <source>Line %1 of the services file: the type of %2 must be realtime, batch or blackbox.</source>
        <translation>服務項目檔案第 %1 行：%2 的類型（type）必須是 realtime、batch 或 blackbox。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="102"/>
        <source>Department of Public Works</source>
        <translation>工務局</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="123"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>服務項目檔案不是格式正確的 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="129"/>
        <source>The services file lists no services.</source>
        <translation>服務項目檔案未列出任何服務項目。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="145"/>
        <source>A service definition names the service %1, which the catalogue does not have.</source>
        <translation>有服務項目定義指向服務項目 %1，但目錄中沒有此項目。</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="36"/>
        <source>%1 Avenue</source>
        <translation>第 %1 大道</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1 Street</source>
        <translation>%1 街</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="38"/>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="331"/>
        <source>Sandbox City</source>
        <translation>Sandbox City</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="39"/>
        <source>and</source>
        <comment>joins two roads into a crossing: Oak Street and 5th Avenue</comment>
        <translation>與</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="42"/>
        <source>%1th</source>
        <comment>ordinal: 4th, 11th, 12th</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="43"/>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="44"/>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="45"/>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="392"/>
        <source>%1 %2, %3</source>
        <comment>house number, road, city: 123 Oak Street, Sandbox City</comment>
        <translation>%2 %1，%3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="408"/>
        <source>%1 &amp; %2, %3</source>
        <translation>%1 與 %2，%3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="474"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxGeocoder.cpp" line="19"/>
        <source>Sandbox Country</source>
        <translation>練習用國家</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxDefinitions</name>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="24"/>
        <source>The service definitions declare a DTD, which is not accepted.</source>
        <translation>服務項目定義宣告了 DTD，不予接受。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="33"/>
        <source>The service %1 has two definitions.</source>
        <translation>服務項目 %1 有兩個定義。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="39"/>
        <source>The service definitions are not well-formed XML (line %1: %2).</source>
        <translation>服務項目定義不是格式正確的 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="71"/>
        <source>Line %1 of the service definitions: the attribute %2 appears twice.</source>
        <translation>服務項目定義第 %1 行：屬性 %2 出現兩次。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="87"/>
        <source>Line %1 of the service definitions: a definition needs a service_code.</source>
        <translation>服務項目定義第 %1 行：定義需要 service_code。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="122"/>
        <source>Line %1 of the service definitions: the order must be a whole number.</source>
        <translation>服務項目定義第 %1 行：順序（order）必須是整數。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="135"/>
        <source>Line %1 of the service definitions: an attribute needs a code.</source>
        <translation>服務項目定義第 %1 行：屬性需要代碼。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="139"/>
        <source>Line %1 of the service definitions: the datatype of %2 is not one of the spec&apos;s.</source>
        <translation>服務項目定義第 %1 行：%2 的資料類型（datatype）不是規格所定義的類型。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="146"/>
        <source>Line %1 of the service definitions: the list %2 has no values.</source>
        <translation>服務項目定義第 %1 行：清單 %2 沒有任何值。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="173"/>
        <source>Line %1 of the service definitions: every value of %2 needs a key of its own.</source>
        <translation>服務項目定義第 %1 行：%2 的每個值都需要自己的鍵（key）。</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxMedia</name>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="28"/>
        <source>%1 is not supported here; photos are only read.</source>
        <translation>此處不支援 %1；照片只能讀取。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="43"/>
        <source>There is no such photo here.</source>
        <translation>此處沒有這張照片。</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="93"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="123"/>
        <source>Missing API Key</source>
        <translation>缺少 API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="95"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="190"/>
        <source>Invalid API Key</source>
        <translation>API 金鑰無效</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="98"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="127"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="192"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation>未知的 city_id；此伺服器服務的是 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="101"/>
        <source>Service list back-end is down; try again later.</source>
        <translation>服務項目清單的後端系統故障；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="125"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>收到的 api_key 無效，無法執行 create_request。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="130"/>
        <source>Missing service_code</source>
        <translation>缺少 service_code</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="133"/>
        <source>Invalid service_code %1</source>
        <translation>service_code %1 無效</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="141"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>lat 與 lon 都必須以 WGS84 度數提供。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="144"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation>必須提供 lat/lon 或 address_string。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="147"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>問題描述最多 4,000 個字元。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="149"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Lagan WS 故障；未建立任何案件。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="164"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>無法儲存此案件；未建立任何資料。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="188"/>
        <source>Missing API key</source>
        <translation>缺少 API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="194"/>
        <source>Status back-end is down; try again later.</source>
        <translation>狀態後端系統故障；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="200"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>編號無效，或您正在查詢不是由您建立的案件</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="19"/>
        <source>Assigned to crew</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="20"/>
        <source>Inspection scheduled</source>
        <translation>已排定勘查</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="21"/>
        <source>Crew on site</source>
        <translation>施工人員已到場</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="24"/>
        <source>Repaired. Thank you for your report.</source>
        <translation>已修復。感謝您的通報。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="25"/>
        <source>Completed by the street maintenance crew.</source>
        <translation>道路養護人員已完成處理。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="28"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation>與先前的通報重複；已結案。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="66"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>練習城市無法在 %1 的連接埠 %2 上接聽：%3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="195"/>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="199"/>
        <source>The training city&apos;s database</source>
        <translation>練習城市的資料庫</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="232"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation>無法使用練習城市的資料庫 %1：%2</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Discovery</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="46"/>
        <source>Use the API key %1; it opens nothing real.</source>
        <translation>請使用 API 金鑰 %1；它不會存取任何真實資料。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="47"/>
        <source>Ask whoever runs this training city for an API key.</source>
        <translation>請向此練習城市的管理者索取 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="51"/>
        <source>The Open311 Reporter training city: a practice server that files nothing real.</source>
        <translation>Open311 Reporter 練習城市：不會建立任何真實案件的練習用伺服器。</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Form</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="32"/>
        <source>The body must be application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>內容主體必須是 application/x-www-form-urlencoded 或 multipart/form-data，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="39"/>
        <source>%1 is not an attribute: write attribute[code] or attribute[code][].</source>
        <translation>%1 不是屬性：請寫成 attribute[code] 或 attribute[code][]。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="65"/>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="66"/>
        <source>Photo %1 (%2)</source>
        <translation>照片 %1（%2）</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="68"/>
        <source>At most %1 photos can be sent with one request.</source>
        <translation>每個案件最多只能附 %1 張照片。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="72"/>
        <source>%1 is larger than 8 MiB.</source>
        <translation>%1 超過 8 MiB。</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="78"/>
        <source>%1 is neither a JPEG nor a PNG image.</source>
        <translation>%1 不是 JPEG 或 PNG 圖片。</translation>
    </message>
</context>
<context>
    <name>Open311::SchemaMigration</name>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="40"/>
        <source>%1 %2 was written by a newer version of the app.</source>
        <translation>%1（%2）是由較新版本的應用程式寫入的。</translation>
    </message>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="69"/>
        <source>%1 %2 cannot be set up, and was left as it was: %3</source>
        <translation>無法準備 %1（%2），已保持原狀：%3</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceArea</name>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="31"/>
        <source>The service area&apos;s feature collection has no list of features.</source>
        <translation>服務範圍的圖徵集合沒有圖徵清單。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="35"/>
        <source>A feature of the service area is not an object.</source>
        <translation>服務範圍中有圖徵不是物件。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="56"/>
        <source>The coordinates of the service area&apos;s %1 are not nested as GeoJSON requires.</source>
        <translation>服務範圍中 %1 的座標未依 GeoJSON 的規定巢狀排列。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="68"/>
        <source>A geometry of the service area is not an object.</source>
        <translation>服務範圍中有幾何圖形不是物件。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="81"/>
        <source>The service area&apos;s %1 has no list of coordinates.</source>
        <translation>服務範圍中的 %1 沒有座標清單。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="100"/>
        <source>The service area&apos;s GeoJSON object has no type.</source>
        <translation>服務範圍的 GeoJSON 物件沒有類型。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="102"/>
        <source>The service area&apos;s GeoJSON type &quot;%1&quot; is not known.</source>
        <translation>服務範圍的 GeoJSON 類型「%1」無法辨識。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="127"/>
        <source>The service area has more than %1 positions and was not read.</source>
        <translation>服務範圍超過 %1 個座標點，未讀取。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="145"/>
        <source>A position in the service area is not a longitude and latitude pair.</source>
        <translation>服務範圍中有座標點不是經度與緯度的組合。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="151"/>
        <source>The service area has a position outside the world: longitude %1, latitude %2.</source>
        <translation>服務範圍中有座標點超出地球範圍：經度 %1，緯度 %2。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="159"/>
        <source>A ring of the service area has fewer than four positions.</source>
        <translation>服務範圍中有環形邊界少於四個座標點。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="200"/>
        <source>The service area is larger than 16 MB and was not read.</source>
        <translation>服務範圍超過 16 MB，未讀取。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="205"/>
        <source>The service area is not valid GeoJSON: %1.</source>
        <translation>服務範圍不是有效的 GeoJSON：%1。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="207"/>
        <source>The service area is not a GeoJSON object.</source>
        <translation>服務範圍不是 GeoJSON 物件。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="212"/>
        <source>The service area has no polygon.</source>
        <translation>服務範圍沒有多邊形。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="244"/>
        <location filename="../lib/map/ServiceArea.cpp" line="249"/>
        <source>The service area file %1 cannot be read: %2</source>
        <translation>無法讀取服務範圍檔案 %1：%2</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceAreaLoader</name>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="52"/>
        <source>The service area&apos;s address uses plain HTTP, which nobody allowed for this jurisdiction.</source>
        <translation>服務範圍的網址使用未加密的 HTTP，但此轄區未允許使用未加密的 HTTP。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="73"/>
        <source>The city&apos;s server answered %1 for its service area.</source>
        <translation>市府的伺服器對服務範圍的要求回應 %1。</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="74"/>
        <source>The service area could not be fetched: %1</source>
        <translation>無法取得服務範圍：%1</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="76"/>
        <source>it is larger than 16 MB, or took too long</source>
        <translation>檔案超過 16 MB，或耗時過長</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="77"/>
        <source>the server could not be reached</source>
        <translation>無法連上伺服器</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceCommands</name>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="32"/>
        <source>services takes no arguments.</source>
        <translation>services 不接受引數。</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>CODE</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="64"/>
        <source>(has attributes: open311 definition %1)</source>
        <translation>（有屬性：open311 definition %1）</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="66"/>
        <source>(batch: answers with a token)</source>
        <translation>（批次：會回覆受理代碼）</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="78"/>
        <source>definition takes one service code.</source>
        <translation>definition 需要一個服務項目代碼。</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="103"/>
        <source>(information) %1</source>
        <translation>（資訊）%1</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="113"/>
        <source>The service %1 asks nothing beyond the report itself.</source>
        <translation>服務項目 %1 除了通報本身外，沒有其他要填寫的內容。</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceDefinition</name>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="33"/>
        <source>The service %1 has no attribute “%2” to fill in.</source>
        <translation>服務項目 %1 沒有可填寫的屬性「%2」。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="46"/>
        <source>“%1” is required.</source>
        <translation>「%1」為必填。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="51"/>
        <source>“%1” takes one value, not %2.</source>
        <translation>「%1」只能有一個值，不能有 %2 個。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="62"/>
        <source>“%1” must be a number, such as 12 or 3.5.</source>
        <translation>「%1」必須是數字，例如 12 或 3.5。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="68"/>
        <source>“%1” must be a date and time such as 2026-12-01T14:30:00.</source>
        <translation>「%1」必須是日期與時間，例如 2026-12-01T14:30:00。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="78"/>
        <source>“%1” is not one of the choices for “%2”.</source>
        <translation>「%1」不是「%2」的選項之一。</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="88"/>
        <source>“%1” lists a choice twice.</source>
        <translation>「%1」中有重複的選項。</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceListModel</name>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="40"/>
        <source>Other services</source>
        <translation>其他服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="80"/>
        <source>Group: %1</source>
        <translation>類別：%1</translation>
    </message>
</context>
<context>
    <name>Open311::SettingsDialog</name>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="36"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>Jurisdictions</source>
        <translation>轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Add from its &amp;web address…</source>
        <translation>從網址新增(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="42"/>
        <source>Add a city from its web address</source>
        <translation>從網址新增城市</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="43"/>
        <source>D&amp;uplicate</source>
        <translation>建立副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="45"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>jurisdiction</source>
        <translation>轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="59"/>
        <source>GeoReport v1 (deprecated)</source>
        <translation>GeoReport v1（已淘汰）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>JSON, with XML where JSON fails</source>
        <translation>JSON（JSON 失敗時改用 XML）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="62"/>
        <source>XML only</source>
        <translation>僅 XML</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="63"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>允許未加密的 HTTP（金鑰將以未加密方式傳送）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="69"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="70"/>
        <source>Reports carry an account id</source>
        <translation>通報附帶帳號 ID</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="71"/>
        <source>Takes p&amp;hotos with a report (multipart media, v2)</source>
        <translation>接受隨通報上傳照片（multipart media，v2）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Some v2 cities, Helsinki&apos;s among them, take photos uploaded with a report. Others take only a link.</source>
        <translation>部分 v2 城市（例如赫爾辛基）接受隨通報上傳照片，其他城市只接受連結。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation>每行一個：https 網址或檔案（KML、GeoJSON 或 CSV）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Feed problems</source>
        <translation>資料來源問題</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="119"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="158"/>
        <source>New API key</source>
        <translation>新的 API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Set &amp;key</source>
        <translation>設定金鑰(&amp;K)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Remove ke&amp;y</source>
        <translation>移除金鑰(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>&amp;Save jurisdiction</source>
        <translation>儲存轄區(&amp;S)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="93"/>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="97"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="125"/>
        <source>Let the map glide on after a flick</source>
        <translation>快速拖曳後讓地圖繼續滑動</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="99"/>
        <source>As the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Server address</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>City id</source>
        <translation>城市 ID</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Protocol</source>
        <translation>協定</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>Answer format</source>
        <translation>回應格式</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Allow plain HTTP</source>
        <translation>允許未加密的 HTTP</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Map tiles</source>
        <translation>地圖圖磚</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Map attribution</source>
        <translation>地圖出處標示</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Address search</source>
        <translation>地址搜尋</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Tracker interval</source>
        <translation>案件追蹤查詢間隔</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Uses account id</source>
        <translation>使用帳號 ID</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Takes photo uploads</source>
        <translation>接受上傳照片</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="117"/>
        <source>Feeds of existing requests</source>
        <translation>既有案件的資料來源</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="118"/>
        <source>Service area</source>
        <translation>服務範圍</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="120"/>
        <source>Set the API key</source>
        <translation>設定 API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="121"/>
        <source>Remove the API key</source>
        <translation>移除 API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Save the jurisdiction</source>
        <translation>儲存轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>Test the connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Ser&amp;ver</source>
        <translation>伺服器(&amp;V)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>&amp;Protocol</source>
        <translation>協定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;City id</source>
        <translation>城市 ID(&amp;C)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>F&amp;ormat (v2)</source>
        <translation>格式（v2）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="141"/>
        <source>&amp;Map tiles</source>
        <translation>地圖圖磚(&amp;M)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>Map attri&amp;bution</source>
        <translation>地圖出處標示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>A&amp;ddress search</source>
        <translation>地址搜尋(&amp;D)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Track&amp;er interval</source>
        <translation>案件追蹤查詢間隔(&amp;E)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="147"/>
        <source>Service area &amp;file or address</source>
        <translation>服務範圍檔案或網址(&amp;F)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Existin&amp;g requests</source>
        <translation>既有案件(&amp;G)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="193"/>
        <source>New jurisdiction</source>
        <translation>新轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="206"/>
        <source>A copy: change it, then save it.</source>
        <translation>這是副本：請修改後儲存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="226"/>
        <source>The API key was saved in the keychain.</source>
        <translation>API 金鑰已儲存在鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="236"/>
        <source>The API key was removed.</source>
        <translation>已移除 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="242"/>
        <source>Export jurisdiction</source>
        <translation>匯出轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="243"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Jurisdiction files (*.json)</source>
        <translation>轄區檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="250"/>
        <source>Exported to %1 (without the API key).</source>
        <translation>已匯出至 %1（不含 API 金鑰）。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="251"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Import jurisdiction</source>
        <translation>匯入轄區</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="267"/>
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="273"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation>已匯入：請檢查內容，然後儲存並設定 API 金鑰。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="284"/>
        <source>The language changes the next time the app starts.</source>
        <translation>語言將在下次啟動應用程式時變更。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="305"/>
        <source>%1 (deprecated)</source>
        <translation>%1（已淘汰）</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="347"/>
        <source>Built in: runs inside the app</source>
        <translation>內建：在應用程式內執行</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="348"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation>內建：練習城市專屬地圖</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="349"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation>內建：練習城市的街道</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="351"/>
        <source>Built in: the training city&apos;s own edge</source>
        <translation>內建：練習城市本身的邊界</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="354"/>
        <source>Empty: OpenStreetMap</source>
        <translation>留空：OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="355"/>
        <source>Needed for any map but OpenStreetMap&apos;s</source>
        <translation>使用 OpenStreetMap 以外的地圖時必填</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="356"/>
        <source>GeoJSON: an https address or a file</source>
        <translation>GeoJSON：https 網址或檔案</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="362"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;申請金鑰&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="365"/>
        <source>Managed by your administrator.</source>
        <translation>由您的管理員管理。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="425"/>
        <source>Found. Ask the city for an API key (the link above), then save.</source>
        <translation>已找到。請向市府申請 API 金鑰（上方連結），然後儲存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="426"/>
        <source>Found. Check the fields, then save.</source>
        <translation>已找到。請檢查各欄位，然後儲存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="442"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="449"/>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="455"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="463"/>
        <source>Not available</source>
        <translation>無法使用</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="465"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="466"/>
        <source>Set by the administrator</source>
        <translation>由管理員設定</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="467"/>
        <source>Set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="483"/>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="495"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>已連線：伺服器提供 %n 個服務項目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="497"/>
        <source>The connection failed: %1</source>
        <translation>連線失敗：%1</translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="33"/>
        <source>Filter the services</source>
        <translation>篩選服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="34"/>
        <source>Go on from the service filter to the address</source>
        <translation>從服務項目篩選跳到地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="35"/>
        <source>Type the address</source>
        <translation>輸入地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="36"/>
        <source>Find the address and move the pin there</source>
        <translation>搜尋地址並將圖釘移到該處</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Map: move the view</source>
        <translation>地圖：移動檢視範圍</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Arrow keys</source>
        <translation>方向鍵</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="38"/>
        <source>Map: zoom in, zoom out</source>
        <translation>地圖：放大、縮小</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="39"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="44"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="40"/>
        <source>Map: drop the pin at the centre</source>
        <translation>地圖：在中央放置圖釘</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="41"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="43"/>
        <source>Next field, previous field</source>
        <translation>下一個欄位、上一個欄位</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>A field or button by its underlined letter</source>
        <translation>依底線字母前往欄位或按鈕</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="47"/>
        <source>Send the report</source>
        <translation>送出通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="48"/>
        <source>Start the next report</source>
        <translation>開始下一則通報</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="49"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation>下一個分頁（通報、案件追蹤、寄件匣）</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="50"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation>追蹤在「案件追蹤」中輸入的案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="51"/>
        <source>Reload the city&apos;s services</source>
        <translation>重新載入市府的服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="52"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="53"/>
        <source>This list</source>
        <translation>此清單</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="54"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="61"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>To</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>Press</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="45"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>無法建立 %2 所需的資料夾 %1。</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="53"/>
        <source>it is not an SQLite file</source>
        <translation>這不是 SQLite 檔案</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="60"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>無法開啟 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="77"/>
        <source>%1 (%2) cannot be opened: the disk may be full, or the file may not be written (%3). Nothing in it was changed.</source>
        <translation>無法開啟 %1（%2）：磁碟可能已滿，或無法寫入該檔案（%3）。其中內容未做任何變更。</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="81"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>無法讀取 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="101"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="108"/>
        <source>%1 could not be renamed to %2.</source>
        <translation>無法將 %1 重新命名為 %2。</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="118"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation>%1（%2）已損壞，或不是本應用程式可讀取的資料庫（%3）。檔案維持原狀。</translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="21"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation>將損壞的檔案另存並建立新檔(&amp;S)</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="22"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation>將損壞的檔案另存並建立新檔</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="24"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation>重新命名此檔案並建立空白的新檔；不會刪除任何資料。</translation>
    </message>
</context>
<context>
    <name>Open311::TileLoader</name>
    <message>
        <location filename="../lib/map/TileLoader.cpp" line="198"/>
        <source>The map&apos;s tile server uses plain HTTP, which nobody allowed for this jurisdiction. Use an https:// address, or allow plain HTTP in Settings.</source>
        <translation>地圖圖磚伺服器使用未加密的 HTTP，但此轄區未允許使用未加密的 HTTP。請使用 https:// 網址，或在「設定」中允許未加密的 HTTP。</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="14"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 貢獻者</translation>
    </message>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="34"/>
        <source>Map tiles: %1</source>
        <translation>地圖圖磚：%1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackCommands</name>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="39"/>
        <source>Use %1.</source>
        <translation>請使用 %1。</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="43"/>
        <source>track add needs at least one service request id.</source>
        <translation>track add 至少需要一個案件編號。</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="47"/>
        <source>track %1 takes no arguments.</source>
        <translation>track %1 不接受引數。</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="76"/>
        <source>%1 could not be followed: the Tracker file %2 could not be written (the disk may be full). Nothing already followed was lost.</source>
        <translation>無法追蹤 %1：無法寫入案件追蹤檔案 %2（磁碟可能已滿）。已追蹤的案件都沒有遺失。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/TrackCommands.cpp" line="82"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>已追蹤 %n 個案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="101"/>
        <source>token %1</source>
        <translation>受理代碼 %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="101"/>
        <source>no id yet</source>
        <translation>尚無編號</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="152"/>
        <source>Token %1 is now request %2.</source>
        <translation>受理代碼 %1 已成為案件 %2。</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="159"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation>已查詢 %1 個，%2 個有變更，%3 個失敗。</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="89"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="91"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="98"/>
        <source>Unknown to the city</source>
        <translation>市府查無此案</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Not checked yet</source>
        <translation>尚未查詢</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Check failed</source>
        <translation>查詢失敗</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="117"/>
        <source>Token %1</source>
        <translation>受理代碼 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="119"/>
        <source>Waiting for the city&apos;s number</source>
        <translation>等待市府提供編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="121"/>
        <source>This service files reports in batches; the number comes when the city has filed it.</source>
        <translation>此服務項目以批次方式建立案件；市府建立案件後才會提供編號。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="193"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="209"/>
        <source>Request id</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="211"/>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="213"/>
        <source>Address or location</source>
        <translation>地址或位置</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="215"/>
        <source>Submitted</source>
        <translation>送出時間</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="217"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="219"/>
        <source>Latest notes</source>
        <translation>最新備註</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="221"/>
        <source>Last checked</source>
        <translation>上次查詢</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="223"/>
        <source>Next check</source>
        <translation>下次查詢</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="39"/>
        <source>Show &amp;archived</source>
        <translation>顯示已封存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>追蹤(&amp;F)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="44"/>
        <source>R&amp;efresh</source>
        <translation>重新整理(&amp;E)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="45"/>
        <source>Refresh a&amp;ll</source>
        <translation>全部重新整理(&amp;L)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="46"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Ar&amp;chive</source>
        <translation>封存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation>取消追蹤(&amp;M)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="48"/>
        <source>E&amp;xport CSV…</source>
        <translation>匯出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="67"/>
        <source>Followed requests</source>
        <translation>追蹤中的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="69"/>
        <source>Filter by id, service, address or notes</source>
        <translation>依編號、服務項目、地址或備註篩選</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="71"/>
        <source>Filter followed requests</source>
        <translation>篩選追蹤中的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="72"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation>市府查無此案</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="76"/>
        <source>Check failing</source>
        <translation>查詢失敗</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="77"/>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="78"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="79"/>
        <source>Request id to follow</source>
        <translation>要追蹤的案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="81"/>
        <source>Follow this request id</source>
        <translation>追蹤此案件編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="82"/>
        <source>Check the selected request now</source>
        <translation>立即查詢所選的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="83"/>
        <source>Check every open request now</source>
        <translation>立即查詢所有處理中的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="84"/>
        <source>Archive or restore the selected request</source>
        <translation>封存或還原所選的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="85"/>
        <source>Stop following the selected request</source>
        <translation>取消追蹤所選的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="86"/>
        <source>Export the table with its history as CSV</source>
        <translation>將表格及其歷程匯出為 CSV</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="87"/>
        <source>Show archived requests</source>
        <translation>顯示已封存的案件</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="90"/>
        <source>F&amp;ilter</source>
        <translation>篩選(&amp;I)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="92"/>
        <source>Sho&amp;wing</source>
        <translation>狀態(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="94"/>
        <source>Request i&amp;d</source>
        <translation>案件編號(&amp;D)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="113"/>
        <source>About the empty list</source>
        <translation>關於空白清單</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>Export the Tracker</source>
        <translation>匯出案件追蹤</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="181"/>
        <source>No followed request matches the filter.</source>
        <translation>沒有符合篩選條件的追蹤案件。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="184"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation>所有追蹤中的案件都已封存；勾選「顯示已封存」即可列出。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="186"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation>您送出的通報及市府的回覆會顯示在這裡。若要追蹤在其他地方提出的案件，請在下方輸入其案件編號。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Re&amp;store</source>
        <translation>還原(&amp;S)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="231"/>
        <source>Request %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="232"/>
        <source>Details of request %1</source>
        <translation>案件 %1 的詳細資料</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="238"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation>案件 %1：%2 — %3
%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="240"/>
        <source>No address given</source>
        <translation>未提供地址</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="245"/>
        <source>Notes: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="247"/>
        <source>Handled by: %1</source>
        <translation>承辦單位：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="250"/>
        <source>Expected by: %1</source>
        <translation>預計完成：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="256"/>
        <source>The city says: %1</source>
        <translation>市府說明：%1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="259"/>
        <source>&lt;a href=&quot;%1&quot;&gt;The city&apos;s photo or page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;市府提供的照片或網頁&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="267"/>
        <source>What the city says of request %1</source>
        <translation>市府對案件 %1 的說明</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="278"/>
        <source>History of request %1</source>
        <translation>案件 %1 的歷程</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="305"/>
        <source>Where request %1 was reported</source>
        <translation>案件 %1 的通報地點</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="190"/>
        <location filename="../lib/store/TrackerStore.cpp" line="193"/>
        <source>The tracker</source>
        <translation>案件追蹤資料</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerTab</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="29"/>
        <source>The city gave the report with token %1 its number: %2.</source>
        <translation>市府已為受理代碼 %1 的通報提供編號：%2。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="32"/>
        <source>A report has its number</source>
        <translation>通報已取得編號</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="40"/>
        <source>A report changed</source>
        <translation>通報狀態有更新</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="49"/>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker</source>
        <translation>案件追蹤(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>案件追蹤（%n 則更新）(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="120"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation>案件 %1（%2）目前為「%3」。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="122"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation>案件 %1（%2）目前為「%3」：%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="133"/>
        <source>The Tracker was exported to %1.</source>
        <translation>案件追蹤已匯出至 %1。</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="136"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation>無法將案件追蹤匯出至 %1：%2</translation>
    </message>
</context>
<context>
    <name>Open311::TrayIcon</name>
    <message>
        <location filename="../lib/gui/window/TrayIcon.cpp" line="10"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
</context>
<context>
    <name>Open311::V1Codec</name>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="42"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>伺服器回應的是網頁，而不是 GeoReport 資料。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="47"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>回應宣告了文件類型（DTD），但 GeoReport 從不使用 DTD；為安全起見已拒絕。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="51"/>
        <source>The server sent an empty answer.</source>
        <translation>伺服器傳回空白回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="55"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>伺服器的回應不是 XML。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="58"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>伺服器回應了 &lt;%1&gt;，但預期應為 &lt;%2&gt;。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="105"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>伺服器的回應不完整。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="107"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>伺服器的回應不是格式正確的 XML：%1。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="114"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation>伺服器的回應中既沒有結果，也沒有錯誤。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="196"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation>伺服器對通報的回應中沒有案件編號。</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="218"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation>伺服器的狀態回應中沒有狀態。</translation>
    </message>
</context>
<context>
    <name>Open311::V2Codec</name>
    <message>
        <location filename="../lib/core/V2Codec.cpp" line="76"/>
        <source>The server&apos;s answer is neither XML nor JSON.</source>
        <translation>伺服器的回應既不是 XML，也不是 JSON。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="25"/>
        <source>The server&apos;s answer is not the %1 answer that was asked for.</source>
        <translation>伺服器的回應不是所要求的 %1 回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="30"/>
        <source>The server wrote an id as a number that cannot be read back as it was written, so it would come out as a different id.</source>
        <translation>伺服器以數字表示 ID，無法照原本的寫法讀回，會被讀成另一個 ID。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="42"/>
        <source>The server&apos;s answer was cut short; it is not valid JSON.</source>
        <translation>伺服器的回應不完整；不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="44"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>伺服器的回應不是有效的 JSON（第 %2 個位元組：%1）。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="53"/>
        <source>The server answered with a JSON object where a list was expected.</source>
        <translation>伺服器回應了 JSON 物件，但預期應為清單。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="60"/>
        <source>The server answered with a JSON list where an object was expected.</source>
        <translation>伺服器回應了 JSON 清單，但預期應為物件。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="66"/>
        <source>The server&apos;s JSON answer gives “%1” in a form GeoReport does not use.</source>
        <translation>伺服器的 JSON 回應以 GeoReport 不使用的格式提供「%1」。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="67"/>
        <source>The server sent an empty answer.</source>
        <translation>伺服器傳回空白回應。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="73"/>
        <source>The server listed a service without a service_code, so it could not be chosen.</source>
        <translation>伺服器列出的某個服務項目沒有 service_code，因此無法選擇。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="75"/>
        <source>The server listed the service “%1” without a service_code, so it could not be chosen.</source>
        <translation>伺服器列出的服務項目「%1」沒有 service_code，因此無法選擇。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="82"/>
        <source>The server&apos;s answer to the report lists no request.</source>
        <translation>伺服器對通報的回應中沒有列出任何案件。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="87"/>
        <source>The server&apos;s answer to the report has neither a service request id nor a token.</source>
        <translation>伺服器對通報的回應中既沒有案件編號，也沒有受理代碼。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="93"/>
        <source>The server listed a request with neither a service_request_id nor a token.</source>
        <translation>伺服器列出的某個案件既沒有 service_request_id，也沒有 token。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="142"/>
        <source>The service definition has an attribute without a code, so it could not be answered.</source>
        <translation>服務項目定義中有屬性沒有代碼，因此無法回答。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="147"/>
        <source>The service definition lists a choice without a key for “%1”.</source>
        <translation>服務項目定義中「%1」有選項沒有鍵（key）。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2WireCodec.cpp" line="233"/>
        <source>The server listed no request with this id.</source>
        <translation>伺服器沒有列出此編號的案件。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="56"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>伺服器的回應不完整。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="195"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>伺服器的回應不是 XML。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="198"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>伺服器回應的是網頁，而不是 GeoReport 資料。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="202"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>回應宣告了文件類型（DTD），但 GeoReport 從不使用 DTD；為安全起見已拒絕。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="223"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>伺服器回應了 &lt;%1&gt;，但預期應為 &lt;%2&gt;。</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="236"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>伺服器的回應不是格式正確的 XML：%1。</translation>
    </message>
</context>
<context>
    <name>Open311::WindowDialogs</name>
    <message>
        <location filename="../lib/gui/window/WindowDialogs.cpp" line="45"/>
        <source>Kept in memory only</source>
        <translation>僅保存在記憶體中</translation>
    </message>
</context>
<context>
    <name>Open311::WireCodec</name>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="25"/>
        <source>discovery documents</source>
        <translation>探索文件</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="28"/>
        <source>service definitions</source>
        <translation>服務項目定義</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="31"/>
        <source>lists of requests</source>
        <translation>案件清單</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="34"/>
        <source>tokens</source>
        <translation>受理代碼</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="40"/>
        <source>This city&apos;s server speaks GeoReport %1, which has no %2. Use a GeoReport v2 endpoint (--protocol v2).</source>
        <translation>此城市的伺服器使用 GeoReport %1，不支援 %2。請使用 GeoReport v2 伺服器（--protocol v2）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="56"/>
        <source>Open311 Reporter needs a graphical session, and none was found (DISPLAY is not set).</source>
        <translation>Open311 Reporter 需要圖形工作階段，但找不到任何圖形工作階段（未設定 DISPLAY）。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="59"/>
        <source>Open311 Reporter could not reach the display %1. Check that the graphical session is running, then start it again.</source>
        <translation>Open311 Reporter 無法連上顯示器 %1。請確認圖形工作階段正在執行，然後重新啟動 Open311 Reporter。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="80"/>
        <source>Open the built-in training city.</source>
        <translation>開啟內建的練習城市。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="82"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation>以公用自助服務機模式執行：全螢幕、無設定、閒置時自動重設；輸入管理員 PIN 碼即可離開。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="86"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation>從標準輸入讀取自助服務機管理員 PIN 碼，並輸出系統設定中 kiosk/adminPin 的設定行。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="90"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>效能測試用：輸出第一個畫面繪製完成的時間與閒置時的記憶體用量，然後結束。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="100"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN 碼至少需要 4 個字元。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="115"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation>Open311 Reporter 已在此使用者帳號下執行，但沒有回應。請關閉它或結束其程序，然後再試一次。</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="121"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation>Open311 Reporter 已在執行；已將其視窗移到最上層。</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="47"/>
        <source>The Open311 Reporter training city: a GeoReport server for a fictional city, speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, definitions, requests and tokens, in .json and .xml) on the same port, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>Open311 Reporter 練習城市：一個虛構城市的 GeoReport 伺服器，在同一個連接埠上以 /dev/V1/ 提供 v1、以 /dev/v2/ 提供 v2（探索、服務項目、定義、案件與受理代碼，格式為 .json 與 .xml），並提供專屬地圖圖磚（/tiles/{z}/{x}/{y}.png）與相容 Nominatim 的地理編碼器（/geocoder/search、/geocoder/reverse）。不會建立任何真實案件。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>TCP 連接埠；0 表示自動選擇可用的連接埠並輸出（預設 8311）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>PORT</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="59"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>要接聽的位址（預設 127.0.0.1）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>ADDRESS</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62"/>
        <source>Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 is always under /dev/v2/.</source>
        <translation>GeoReport v1 方法的路徑前綴（預設 /dev/V1/）。GeoReport v2 一律位於 /dev/v2/。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <location filename="../app/sandbox/main.cpp" line="78"/>
        <source>PATH</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>The city_id to accept (default %1).</source>
        <translation>要接受的 city_id（預設 %1）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>可接受的 API 金鑰；可重複指定多個。每個金鑰只能看到自己的案件。預設：%1。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>KEY</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Accept the API keys in this file, one per line, so that keys that matter stay out of the process list.</source>
        <translation>接受此檔案中的 API 金鑰（每行一個），讓重要的金鑰不會出現在處理程序清單中。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="77"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation>儲存案件的 SQLite 檔案。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="80"/>
        <source>A service_list XML file replacing the built-in catalogue. Its services may carry the v2 attributes group, keywords, type and agency_responsible, and the file may hold v2 &lt;service_definition&gt; elements.</source>
        <translation>取代內建目錄的 service_list XML 檔案。其中的服務項目可帶有 v2 屬性 group、keywords、type 與 agency_responsible，檔案也可包含 v2 &lt;service_definition&gt; 元素。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="83"/>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>案件在每個狀態階段停留的秒數（預設 120）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="86"/>
        <location filename="../app/sandbox/main.cpp" line="105"/>
        <source>SECONDS</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation>狀態時間與故障模擬所用的亂數種子（預設 311）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="88"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="89"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>每個回應延遲指定的毫秒數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="90"/>
        <location filename="../app/sandbox/main.cpp" line="100"/>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="92"/>
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302 (v1) or 400 (v2).</source>
        <translation>模擬故障伺服器而失敗的 GeoReport 呼叫比例（0 到 1）：HTTP 500、連線中斷、停滯、內容截斷，或錯誤 204/102/302（v1）或 400（v2）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="98"/>
        <source>Milliseconds a stalled call waits before its connection is closed (default: 2 minutes, past any client&apos;s timeout).</source>
        <translation>停滯的呼叫在連線關閉前等待的毫秒數（預設：2 分鐘，超過任何用戶端的逾時）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102"/>
        <source>Seconds before the token of a v2 batch service&apos;s request turns into an id (default %1).</source>
        <translation>v2 批次服務項目的案件受理代碼轉為案件編號前的秒數（預設 %1）。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="113"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 需要 0 到 65535 之間的數字。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="116"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind 需要 IP 位址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>無法讀取金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="131"/>
        <source>The key file %1 holds no key.</source>
        <translation>金鑰檔案 %1 中沒有任何金鑰。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="143"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation>--pace 需要正數秒數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="146"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed 需要整數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="149"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation>--latency 需要毫秒數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="152"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>--fault-rate 需要 0 到 1 之間的數字。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="155"/>
        <source>--stall takes a number of milliseconds.</source>
        <translation>--stall 需要毫秒數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="158"/>
        <source>--batch-delay takes a number of seconds from 0 to 86400.</source>
        <translation>--batch-delay 需要 0 到 86400 之間的秒數。</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="167"/>
        <source>Training city listening on %1</source>
        <translation>練習城市正在 %1 上接聽</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="168"/>
        <source>GeoReport v2: %1 (discovery.json)</source>
        <translation>GeoReport v2：%1（discovery.json）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sandbox/main.cpp" line="172"/>
        <source>City id: %1; %n API key(s); data in %2</source>
        <translation>
            <numerusform>城市 ID：%1；%n 個 API 金鑰；資料位於 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="176"/>
        <source>Tiles: %1</source>
        <translation>圖磚：%1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="177"/>
        <source>Geocoder: %1</source>
        <translation>地理編碼器：%1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="181"/>
        <source>Stopping the training city.</source>
        <translation>正在停止練習城市。</translation>
    </message>
</context>
</TS>
