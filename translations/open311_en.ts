<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="58" />
        <source>The server %1 refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="60" />
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63" />
        <source>The server %1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="65" />
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="70" />
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city's server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="74" />
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77" />
        <source>The network is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="79" />
        <source>The connection to %1 failed (network error %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="134" />
        <source>Give a service request id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="163" />
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="272" />
        <source>The server's answer is larger than %1; it was cut off for safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="278" />
        <source>the server did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="288" />
        <source>The server's answer was cut short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="299" />
        <source>The server sent no HTTP answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61" />
        <source>Reports non-emergency problems to a city's Open311 GeoReport v1 server.

Commands:
  services            list the city's services
  submit              file a new report (needs --service-code and a location)
  status ID [ID...]   show the status of reports
  outbox list         reports not yet sent, and why
  outbox flush        send what waits in the outbox for this endpoint
  outbox resend ID    send a report again (after checking it did not arrive)
  outbox discard ID   remove a report from the outbox

Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81" />
        <source>services, submit or status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="83" />
        <source>The server's base URL, e.g. https://city.example/dev/V1/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="107" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85" />
        <source>The city id the server expects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="98" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="99" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86" />
        <source>Seconds to wait for an answer (default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="87" />
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="89" />
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="90" />
        <source>Print JSON for scripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="91" />
        <source>Read the API key from this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="91" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="106" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="92" />
        <source>submit: the service code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="92" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="259" />
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="93" />
        <source>submit: latitude (WGS84).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="93" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="94" />
        <source>DEGREES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="94" />
        <source>submit: longitude (WGS84).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="95" />
        <source>submit: the address as a person would write it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="96" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="104" />
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="97" />
        <source>submit: the reporter's email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="97" />
        <source>EMAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="98" />
        <source>submit: the device id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="99" />
        <source>submit: the account id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="100" />
        <source>submit: first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="100" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="101" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="259" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="101" />
        <source>submit: last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="102" />
        <source>submit: phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="102" />
        <source>NUMBER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="103" />
        <source>submit: the description (at most 4,000 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="105" />
        <source>submit: read the description from a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="107" />
        <source>submit: a link to a photo or page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="108" />
        <source>submit: send directly, without the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="140" />
        <source>The option --%1 belongs to the submit command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="147" />
        <source>Name a command: services, submit or status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="152" />
        <source>services takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="159" />
        <source>submit takes no positional arguments; use the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="166" />
        <source>status needs at least one service request id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="174" />
        <source>Unknown command “%1”. Use services, submit, status or outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="185" />
        <source>The API key file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="190" />
        <source>The API key file %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="205" />
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="228" />
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="278" />
        <source>--lat takes a number of degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="286" />
        <source>--lon takes a number of degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="300" />
        <source>Give --description or --description-file, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="307" />
        <source>The description file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="358" />
        <source>Use --no-outbox to send without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="376" />
        <source>The report could not be written to the outbox %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="391" />
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="399" />
        <source>The report was taken by another process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="438" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="466" />
        <source>Use outbox list, outbox flush, outbox resend ID or outbox discard ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="473" />
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="477" />
        <source>outbox %1 takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="515" />
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="518" />
        <source>Report %1 was removed from the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="545" />
        <source>Report %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/CommandLineTool.cpp" line="550" />
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation><numerusform>%n report sent; %1 still in the outbox.</numerusform><numerusform>%n reports sent; %1 still in the outbox.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="558" />
        <source>Report %1 is not waiting in the outbox for this endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="563" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="567" />
        <source>Report %1 is being sent by another process.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="26" />
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="32" />
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="37" />
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="42" />
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15" />
        <source>No API key was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19" />
        <source>The server does not accept this API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21" />
        <source>The server could not produce its list of services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23" />
        <source>No service was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25" />
        <source>The server does not offer the chosen service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27" />
        <source>The server could not file the report; nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29" />
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="32" />
        <source>The server reported an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="84" />
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="87" />
        <source>The server had an internal problem (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="89" />
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="106" />
        <source>The server did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="114" />
        <source>The server's answer could not be understood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="123" />
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="134" />
        <source>Error %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="136" />
        <source>The server said: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="142" />
        <source>It began with: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="72" />
        <source>Type an address to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="161" />
        <source>The address search service could not be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="169" />
        <source>The address search service sent an answer that is not JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="176" />
        <source>The address search service said: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::MainWindow</name>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="45" />
        <source>&amp;Undo clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="49" />
        <source>Open311 Reporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="51" />
        <location filename="../lib/gui/MainWindow.cpp" line="66" />
        <source>&amp;Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="52" />
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="55" />
        <source>Jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="56" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="57" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="59" />
        <source>Undo clearing the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="64" />
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="67" />
        <source>&amp;New report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="70" />
        <source>&amp;Refresh services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="74" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="109" />
        <source>Training city (Sandbox City)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="113" />
        <source>Training city map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="127" />
        <source>Reports cannot be sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="132" />
        <location filename="../lib/gui/MainWindow.cpp" line="362" />
        <source>&amp;Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="157" />
        <source>The training city could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="225" />
        <source>Loading services…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="228" />
        <source>Not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="229" />
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="234" />
        <source>Connected: %n service(s)</source>
        <translation><numerusform>Connected: %n service</numerusform><numerusform>Connected: %n services</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="256" />
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="260" />
        <source>%1 no longer accepts reports. Choose another jurisdiction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="284" />
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="290" />
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="303" />
        <source>A waiting report went out: request id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="316" />
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city's server can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="327" />
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="360" />
        <source>Outbox empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="360" />
        <source>Outbox: %n waiting</source>
        <translation><numerusform>Outbox: %n waiting</numerusform><numerusform>Outbox: %n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="362" />
        <source>&amp;Outbox (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="52" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="53" />
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="57" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="58" />
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="61" />
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="694" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="695" />
        <source>%1 m</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15" />
        <source>Choose a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19" />
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24" />
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27" />
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31" />
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="39" />
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="44" />
        <source>The email address does not look right (name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="51" />
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="98" />
        <source>The outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="104" />
        <source>The outbox %1 is busy or not writable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="108" />
        <source>The outbox %1 is not a database this app can read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="116" />
        <source>The outbox %1 was written by a newer version of the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="125" />
        <source>The outbox %1 could not be set up: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="158" />
        <source>The outbox %1 cannot be upgraded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="347" />
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="38" />
        <source>Waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="40" />
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="42" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="44" />
        <source>Will retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="46" />
        <source>Refused by the city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="48" />
        <source>Outcome unknown — check before resending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="73" />
        <source>Will retry at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="88" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="90" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="92" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="94" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="96" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="20" />
        <source>Send &amp;waiting reports now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="21" />
        <source>&amp;Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="23" />
        <source>Record &amp;id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="24" />
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="31" />
        <source>Reports not yet sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="33" />
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="35" />
        <source>Send waiting reports now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="36" />
        <source>Resend the selected report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="37" />
        <source>Id given by the city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="38" />
        <source>Request id given by the city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="39" />
        <source>Record the id for the selected report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="40" />
        <source>Discard the selected report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="24" />
        <source>The position found is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="33" />
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37" />
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41" />
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="55" />
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="96" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="102" />
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="139" />
        <source>Problem with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="148" />
        <source>&amp;Service (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="150" />
        <source>Type to filter, e.g. pothole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="152" />
        <source>Filter services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="156" />
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="164" />
        <source>Description of the chosen service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="202" />
        <source>&amp;Address (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="204" />
        <source>Street and number, then Enter to find it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="205" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="206" />
        <source>Press Enter to search for the address and move the pin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="209" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="210" />
        <source>Find the address on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="211" />
        <source>Use &amp;my location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="212" />
        <source>Use my location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="221" />
        <source>La&amp;titude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="223" />
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="226" />
        <source>Lon&amp;gitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="228" />
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="255" />
        <source>Finding your location…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="280" />
        <source>&amp;First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="280" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="281" />
        <source>&amp;Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="281" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="282" />
        <source>&amp;Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="282" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="285" />
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="285" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="287" />
        <source>Acc&amp;ount id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="287" />
        <source>Account id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="290" />
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="292" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="294" />
        <source>What is wrong, and where exactly?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="297" />
        <source>Characters used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="304" />
        <source>Photo or page &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="306" />
        <source>Link to a photo or page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="307" />
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="311" />
        <location filename="../lib/gui/ReportForm.cpp" line="521" />
        <source>&amp;Send report (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="312" />
        <source>Send the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="316" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="337" />
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation><numerusform>The description is limited to %1 characters. Left out: %n.</numerusform><numerusform>The description is limited to %1 characters. Left out: %n.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="430" />
        <source>No service chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="521" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="523" />
        <source>Sending the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="561" />
        <source>Looking up “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="570" />
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="577" />
        <source>%n place(s) found; choose one.</source>
        <translation><numerusform>%n place found; choose it.</numerusform><numerusform>%n places found; choose one.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="580" />
        <source>Places found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="650" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="16" />
        <source>&amp;Copy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="19" />
        <source>&amp;New report (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="22" />
        <source>The report was filed. Request id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="29" />
        <source>Request id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="31" />
        <source>Copy the request id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="35" />
        <source>What the city promises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="36" />
        <source>Start a new report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="54" />
        <source>Service: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="56" />
        <source>The city did not say when it will act.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="57" />
        <source>The city says: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="24" />
        <source>The services file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="28" />
        <source>The services file %1 is larger than 16 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41" />
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="53" />
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="59" />
        <source>The service code %1 appears twice in the services file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="64" />
        <source>The City will review this report within 5 business days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70" />
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76" />
        <source>The services file lists no services.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="53" />
        <source>Sandbox City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="59" />
        <source>%1 Avenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="60" />
        <source>%1 Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="128" />
        <location filename="../lib/sandbox/SandboxCity.cpp" line="160" />
        <source>%1 %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="147" />
        <source>%1 &amp; %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="174" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="92" />
        <source>Sandbox Country</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="24" />
        <source>Assigned to crew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="25" />
        <source>Inspection scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="26" />
        <source>Crew on site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="29" />
        <source>Repaired. Thank you for your report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="30" />
        <source>Completed by the street maintenance crew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="31" />
        <source>Duplicate of an earlier report; closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="154" />
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="255" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="285" />
        <source>Missing API Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="257" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="351" />
        <source>Invalid API Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="260" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="289" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="353" />
        <source>Unknown city_id; this server serves %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="263" />
        <source>Service list back-end is down; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="287" />
        <source>Invalid api_key received -- can't proceed with create_request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="292" />
        <source>Missing service_code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="295" />
        <source>Invalid service_code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="302" />
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="305" />
        <source>Either lat/lon or address_string is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="308" />
        <source>The description is limited to 4,000 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="310" />
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="325" />
        <source>The request could not be stored; nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="349" />
        <source>Missing API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="355" />
        <source>Status back-end is down; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="360" />
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="68" />
        <source>The training city's database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="74" />
        <source>The training city's database %1 is not readable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="80" />
        <source>The training city's database %1 was written by a newer version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="93" />
        <source>The training city's database %1 cannot be set up: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="109" />
        <source>The training city's database %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="31" />
        <source>The folder %1 for %2 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="39" />
        <source>%1 (%2) cannot be opened: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="48" />
        <source>%1 (%2) is not a database this app can read: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="10" />
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Open311::V1Codec</name>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="76" />
        <location filename="../lib/core/V1Codec.cpp" line="97" />
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="81" />
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="90" />
        <source>The server sent an empty answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="91" />
        <source>The server's answer is not XML.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="99" />
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="148" />
        <source>The server's answer was cut short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="150" />
        <source>The server's answer is not well-formed XML: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="158" />
        <source>The server's answer holds neither a result nor an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="238" />
        <source>The server's answer to the report has no service request id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="260" />
        <source>The server's status answer has no status.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="24" />
        <source>Open the built-in training city.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="26" />
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="42" />
        <source>The Open311 Reporter training city: a GeoReport v1 server for a fictional city, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="49" />
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="50" />
        <source>PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="51" />
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="52" />
        <source>ADDRESS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="53" />
        <source>Path prefix of the GeoReport methods (default /dev/V1/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="54" />
        <location filename="../app/sandbox/main.cpp" line="62" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="55" />
        <source>The city_id to accept (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="56" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="58" />
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="61" />
        <source>KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62" />
        <source>The SQLite file that keeps the requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="63" />
        <source>A service_list XML file replacing the built-in catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="65" />
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66" />
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="67" />
        <source>Seed for status timing and faults (default 311).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="68" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69" />
        <source>Delay every answer by this many milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="70" />
        <source>MS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72" />
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74" />
        <source>P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="82" />
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85" />
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="99" />
        <source>--pace takes a positive number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102" />
        <source>--seed takes a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="105" />
        <source>--latency takes a number of milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="108" />
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="117" />
        <source>Training city listening on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="118" />
        <source>Port: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/sandbox/main.cpp" line="119" />
        <source>City id: %1; %n API key(s); data in %2</source>
        <translation><numerusform>City id: %1; %n API key; data in %2</numerusform><numerusform>City id: %1; %n API keys; data in %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="122" />
        <source>Tiles: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123" />
        <source>Geocoder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="127" />
        <source>Stopping the training city.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>