<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="14"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="15"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="20"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="34"/>
        <source>Outbox and drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="35"/>
        <source>Followed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="36"/>
        <source>Training city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/AboutDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="60"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="65"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="70"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="74"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="79"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="134"/>
        <source>Give a service request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="163"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="272"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="278"/>
        <source>the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="288"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="299"/>
        <source>The server sent no HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="190"/>
        <source>services, submit or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="192"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="193"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="194"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="217"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="195"/>
        <source>The city id the server expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="195"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="208"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="209"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="196"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="197"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="199"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="200"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="201"/>
        <source>Read the API key from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="201"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="216"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="202"/>
        <source>submit: the service code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="202"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="390"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="203"/>
        <source>submit: latitude (WGS84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="203"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="204"/>
        <source>DEGREES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="204"/>
        <source>submit: longitude (WGS84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="205"/>
        <source>submit: the address as a person would write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="206"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="214"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="207"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="207"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="208"/>
        <source>submit: the device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="209"/>
        <source>submit: the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="210"/>
        <source>submit: first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="298"/>
        <source>Unknown command “%1”. Use profiles, services, submit, status, outbox or track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="336"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="780"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="766"/>
        <source>Use track add ID..., track list or track poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="770"/>
        <source>track add needs at least one service request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="774"/>
        <source>track %1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/CommandLineTool.cpp" line="794"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>%n request followed.</numerusform>
            <numerusform>%n requests followed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="846"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="192"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="210"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="211"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="390"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="94"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="98"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="117"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="150"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="152"/>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="154"/>
        <source>managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="166"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server.

Commands:
  profiles            the jurisdictions configured on this computer
  services            list the city&apos;s services
  submit              file a new report (needs --service-code and a location)
  status ID [ID...]   show the status of reports
  outbox list         reports not yet sent, and why
  outbox flush        send what waits in the outbox for this endpoint
  outbox resend ID    send a report again (after checking it did not arrive)
  outbox discard ID   remove a report from the outbox
  track add ID...     follow requests (sent reports are followed by themselves)
  track list          the followed requests and their last known status
  track poll          check every followed request that is not closed, once

Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="211"/>
        <source>submit: last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="212"/>
        <source>submit: phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="212"/>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="213"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="215"/>
        <source>submit: read the description from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="217"/>
        <source>submit: a link to a photo or page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="218"/>
        <source>submit: send directly, without the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="250"/>
        <source>The option --%1 belongs to the submit command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="257"/>
        <source>Name a command: services, submit or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="261"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="268"/>
        <source>services takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="277"/>
        <source>submit takes no positional arguments; use the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="286"/>
        <source>status needs at least one service request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="309"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="314"/>
        <source>The API key file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="358"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="409"/>
        <source>--lat takes a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="417"/>
        <source>--lon takes a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="431"/>
        <source>Give --description or --description-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="438"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="495"/>
        <source>Use --no-outbox to send without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="514"/>
        <source>The report could not be written to the outbox %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="530"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="538"/>
        <source>The report was taken by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="577"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="842"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="634"/>
        <source>Use outbox list, outbox flush, outbox resend ID or outbox discard ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="641"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="645"/>
        <source>outbox %1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="683"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="686"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="714"/>
        <source>Report %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/CommandLineTool.cpp" line="719"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>%n report sent; %1 still in the outbox.</numerusform>
            <numerusform>%n reports sent; %1 still in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="727"/>
        <source>Report %1 is not waiting in the outbox for this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="732"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="736"/>
        <source>Report %1 is being sent by another process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="26"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="32"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="37"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="42"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="32"/>
        <source>The server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="84"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="87"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="89"/>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="106"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="114"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="123"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="134"/>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="136"/>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="142"/>
        <source>It began with: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="71"/>
        <location filename="../lib/map/FeedLoader.cpp" line="84"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="72"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="106"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="117"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="132"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="174"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="183"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="230"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="72"/>
        <source>Type an address to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="161"/>
        <source>The address search service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="169"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="176"/>
        <source>The address search service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="24"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="31"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="34"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="68"/>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="71"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="74"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="80"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="83"/>
        <source>The key file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="51"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="58"/>
        <location filename="../lib/gui/KioskController.cpp" line="59"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="69"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="70"/>
        <source>Administrator PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="74"/>
        <source>Administrator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="77"/>
        <location filename="../lib/gui/KioskController.cpp" line="78"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="79"/>
        <location filename="../lib/gui/KioskController.cpp" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="114"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="134"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskController.cpp" line="135"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/KioskController.cpp" line="200"/>
        <location filename="../lib/gui/KioskController.cpp" line="213"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Are you still there? This report will be cleared in %n second.</numerusform>
            <numerusform>Are you still there? This report will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="14"/>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="51"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="39"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="42"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="53"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="56"/>
        <source>Already reported? Enter your request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="58"/>
        <source>Request id to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="61"/>
        <source>Check the status of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="64"/>
        <source>Status of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/KioskStartScreen.cpp" line="88"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::MainWindow</name>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="73"/>
        <source>&amp;Undo clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="77"/>
        <location filename="../lib/gui/MainWindow.cpp" line="585"/>
        <source>Open311 Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="132"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="82"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="81"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="104"/>
        <location filename="../lib/gui/MainWindow.cpp" line="109"/>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="105"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="106"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="108"/>
        <source>Undo clearing the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="110"/>
        <source>The city the reports go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="118"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="122"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="123"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="133"/>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="136"/>
        <source>&amp;Refresh services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="140"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="141"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="144"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="192"/>
        <source>Training city (Sandbox City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="196"/>
        <source>Training city map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="287"/>
        <source>Reports cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="291"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="293"/>
        <location filename="../lib/gui/MainWindow.cpp" line="311"/>
        <location filename="../lib/gui/MainWindow.cpp" line="1006"/>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="384"/>
        <source>The training city could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="398"/>
        <source>%1 (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="409"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="411"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="427"/>
        <source>Fetching the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="435"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="500"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="502"/>
        <source>%1: %n request(s) without usable coordinates were left out.</source>
        <translation>
            <numerusform>%1: %n request without usable coordinates was left out.</numerusform>
            <numerusform>%1: %n requests without usable coordinates were left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="524"/>
        <source>The Tracker is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="731"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>&amp;Tracker (%n new)</numerusform>
            <numerusform>&amp;Tracker (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="523"/>
        <source>Tracker not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="148"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="151"/>
        <source>&amp;About Open311 Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="290"/>
        <location filename="../lib/gui/MainWindow.cpp" line="1002"/>
        <source>Outbox not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="303"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="381"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="465"/>
        <source>Kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="525"/>
        <location filename="../lib/gui/MainWindow.cpp" line="542"/>
        <location filename="../lib/gui/MainWindow.cpp" line="731"/>
        <source>&amp;Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="536"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="574"/>
        <source>The Tracker was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="576"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="611"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="645"/>
        <source>%1 — %2
%3
%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="658"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="676"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="688"/>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="692"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="694"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="697"/>
        <location filename="../lib/gui/MainWindow.cpp" line="698"/>
        <source>Follow this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="717"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="718"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="722"/>
        <source>A report changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="859"/>
        <source>Loading services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="862"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="863"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="868"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>Connected: %n service</numerusform>
            <numerusform>Connected: %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="890"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="918"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="924"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="945"/>
        <source>A waiting report went out: request id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="958"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="969"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="1003"/>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="1004"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="1006"/>
        <source>&amp;Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="1053"/>
        <source>Not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="52"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="53"/>
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="57"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="58"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="61"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="705"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="713"/>
        <source>The map could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="714"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="846"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="847"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="39"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="44"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="51"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="103"/>
        <source>The outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="109"/>
        <source>The outbox %1 is busy or not writable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="113"/>
        <source>The outbox %1 is not a database this app can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="121"/>
        <source>The outbox %1 was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="130"/>
        <source>The outbox %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="163"/>
        <source>The outbox %1 cannot be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="375"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="38"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="40"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="42"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="44"/>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="46"/>
        <source>Refused by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="48"/>
        <source>Outcome unknown — check before resending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="73"/>
        <source>Will retry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="88"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="90"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="92"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="94"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="96"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="36"/>
        <source>Reports not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="38"/>
        <source>About the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="90"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="93"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="96"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="39"/>
        <source>Send waiting reports now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="40"/>
        <source>Resend the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="41"/>
        <source>Id given by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="42"/>
        <source>Request id given by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="43"/>
        <source>Record the id for the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="44"/>
        <source>Discard the selected report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="24"/>
        <source>The position found is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="33"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="55"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="41"/>
        <source>Training city (Sandbox City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="43"/>
        <source>Built in; files nothing real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="48"/>
        <source>San Francisco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="52"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="60"/>
        <source>Miami-Dade County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="65"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="194"/>
        <source>Give the jurisdiction a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="202"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="208"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="213"/>
        <source>The address search service must be a full URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="219"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="222"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="229"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="236"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="262"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="242"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="253"/>
        <source>The settings could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="268"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="289"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="346"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="353"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="131"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="175"/>
        <source>&amp;Service (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="177"/>
        <source>Type to filter, e.g. pothole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="179"/>
        <source>Filter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="183"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="191"/>
        <source>Description of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="231"/>
        <source>&amp;Address (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="233"/>
        <source>Street and number, then Enter to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="234"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="235"/>
        <source>Press Enter to search for the address and move the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="238"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="239"/>
        <source>Find the address on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="240"/>
        <source>Use &amp;my location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="241"/>
        <source>Use my location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="250"/>
        <source>Lat&amp;itude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="354"/>
        <source>Photo or page lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="361"/>
        <location filename="../lib/gui/ReportForm.cpp" line="612"/>
        <source>Se&amp;nd report (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="252"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="258"/>
        <source>Lon&amp;gitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="260"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="274"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="276"/>
        <source>Follow the existing request instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="305"/>
        <source>Finding your location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="330"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="330"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="331"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="331"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="332"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="332"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="335"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="335"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="337"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="337"/>
        <source>A&amp;ccount id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="340"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="342"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="344"/>
        <source>What is wrong, and where exactly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="347"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="356"/>
        <source>Link to a photo or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="357"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="362"/>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="366"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="387"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>The description is limited to %1 characters. Left out: %n.</numerusform>
            <numerusform>The description is limited to %1 characters. Left out: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="480"/>
        <source>No service chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="548"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="553"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="612"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="614"/>
        <source>Sending the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="652"/>
        <source>Looking up “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="661"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="668"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>%n place found; choose it.</numerusform>
            <numerusform>%n places found; choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="671"/>
        <source>Places found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="731"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="732"/>
        <source>This may already be reported: request %1 (%2, %3), %4 m from the pin, reported %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="737"/>
        <source>Follow %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="794"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="20"/>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="23"/>
        <source>&amp;New report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="24"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="27"/>
        <source>The report was filed. Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="34"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="36"/>
        <source>Copy the request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="40"/>
        <source>What the city promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="41"/>
        <source>Start a new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="59"/>
        <source>Print the request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="72"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="83"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="85"/>
        <source>The city did not say when it will act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="86"/>
        <source>The city says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="24"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="28"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="53"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="59"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="64"/>
        <source>The City will review this report within 5 business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The services file lists no services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="33"/>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="41"/>
        <source>%1th</source>
        <comment>ordinal: 4th, 11th, 12th</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="35"/>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="39"/>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="59"/>
        <source>Sandbox City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="65"/>
        <source>%1 Avenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="66"/>
        <source>%1 Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="134"/>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="170"/>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="145"/>
        <source>and</source>
        <comment>joins two roads into a crossing: Oak Street and 5th Avenue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="157"/>
        <source>%1 &amp; %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="184"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="92"/>
        <source>Sandbox Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="24"/>
        <source>Assigned to crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="25"/>
        <source>Inspection scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="26"/>
        <source>Crew on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="29"/>
        <source>Repaired. Thank you for your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="30"/>
        <source>Completed by the street maintenance crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="31"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="154"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="255"/>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="285"/>
        <source>Missing API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="257"/>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="352"/>
        <source>Invalid API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="260"/>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="289"/>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="354"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="263"/>
        <source>Service list back-end is down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="287"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="292"/>
        <source>Missing service_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="295"/>
        <source>Invalid service_code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="303"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="306"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="309"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="311"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="326"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="350"/>
        <source>Missing API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="356"/>
        <source>Status back-end is down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="361"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="68"/>
        <source>The training city&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="74"/>
        <source>The training city&apos;s database %1 is not readable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="80"/>
        <source>The training city&apos;s database %1 was written by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="93"/>
        <source>The training city&apos;s database %1 cannot be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="109"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SettingsDialog</name>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="29"/>
        <location filename="../lib/gui/SettingsDialog.cpp" line="30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="32"/>
        <source>Jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="33"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="34"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="35"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="36"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="37"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="39"/>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="47"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="280"/>
        <source>Empty: OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="54"/>
        <source>Reports carry an account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="56"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="61"/>
        <source>Feed problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="66"/>
        <location filename="../lib/gui/SettingsDialog.cpp" line="85"/>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="67"/>
        <source>Set &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="68"/>
        <source>Remove ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="69"/>
        <source>&amp;Save jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="70"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="73"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="75"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="80"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="80"/>
        <source>City id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="81"/>
        <source>Allow plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="81"/>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="82"/>
        <source>Map attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="82"/>
        <source>Address search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="83"/>
        <source>Tracker interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="83"/>
        <source>Uses account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="84"/>
        <source>Feeds of existing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="85"/>
        <source>Set the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="86"/>
        <source>Remove the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="86"/>
        <source>Save the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="87"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="94"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="95"/>
        <source>Ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="96"/>
        <source>&amp;City id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="98"/>
        <source>&amp;Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="100"/>
        <source>A&amp;ddress search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="101"/>
        <source>Track&amp;er interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="103"/>
        <source>Existin&amp;g requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="99"/>
        <source>Map attri&amp;bution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="110"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="117"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="141"/>
        <source>New jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="148"/>
        <source>A copy: change it, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="168"/>
        <source>The API key was saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="176"/>
        <source>The API key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="182"/>
        <source>Export jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="183"/>
        <location filename="../lib/gui/SettingsDialog.cpp" line="196"/>
        <source>Jurisdiction files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="189"/>
        <source>Exported to %1 (without the API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="190"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="196"/>
        <source>Import jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="205"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="211"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="221"/>
        <source>The language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="237"/>
        <source>%1 (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="275"/>
        <source>Built in: runs inside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="276"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="277"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="285"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="287"/>
        <source>Managed by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="338"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="345"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="351"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="359"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="361"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="361"/>
        <source>Set by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="361"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="377"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/SettingsDialog.cpp" line="388"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>Connected: the server offers %n service.</numerusform>
            <numerusform>Connected: the server offers %n services.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/SettingsDialog.cpp" line="389"/>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="32"/>
        <source>Filter the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="33"/>
        <source>Go on from the service filter to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="34"/>
        <source>Type the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="35"/>
        <source>Find the address and move the pin there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="36"/>
        <source>Map: move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="36"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="37"/>
        <source>Map: zoom in, zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="37"/>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="39"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="38"/>
        <source>Map: drop the pin at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="38"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="39"/>
        <source>Next field, previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="40"/>
        <source>A field or button by its underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="40"/>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="41"/>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="42"/>
        <source>Start the next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="43"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="44"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="45"/>
        <source>Reload the city&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="47"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="48"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="54"/>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="58"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/ShortcutsDialog.cpp" line="58"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="42"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="50"/>
        <source>it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="57"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="70"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="90"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="96"/>
        <source>%1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="106"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/StoreNotice.cpp" line="16"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/StoreNotice.cpp" line="17"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/StoreNotice.cpp" line="18"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="10"/>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="77"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="77"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="79"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="81"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="141"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="156"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="158"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="160"/>
        <source>Address or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="162"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="166"/>
        <source>Latest notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="168"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerModel.cpp" line="170"/>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="35"/>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="39"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="41"/>
        <source>Refresh a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="42"/>
        <location filename="../lib/gui/TrackerPanel.cpp" line="192"/>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="43"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="40"/>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="44"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="62"/>
        <source>Followed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="64"/>
        <source>Filter by id, service, address or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="66"/>
        <source>Filter followed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="67"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="68"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="69"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="70"/>
        <source>Unknown to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="71"/>
        <source>Check failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="72"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="73"/>
        <location filename="../lib/gui/TrackerPanel.cpp" line="74"/>
        <source>Request id to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="75"/>
        <source>Follow this request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="76"/>
        <source>Check the selected request now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="77"/>
        <source>Check every open request now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="78"/>
        <source>Archive or restore the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="79"/>
        <source>Stop following the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="80"/>
        <source>Export the table with its history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="81"/>
        <source>Show archived requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="97"/>
        <source>About the empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="133"/>
        <source>Export the Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="133"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="161"/>
        <source>No followed request matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="163"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="165"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="192"/>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="207"/>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="208"/>
        <source>Details of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="214"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="240"/>
        <source>Where request %1 was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="216"/>
        <source>No address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="220"/>
        <source>History of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="221"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="221"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/gui/TrackerPanel.cpp" line="221"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="104"/>
        <source>The tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="108"/>
        <source>The tracker %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="131"/>
        <source>The tracker %1 was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="132"/>
        <source>The tracker %1 cannot be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311::V1Codec</name>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="76"/>
        <location filename="../lib/core/V1Codec.cpp" line="97"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="81"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="90"/>
        <source>The server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="91"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="99"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="148"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="150"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="158"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="238"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="260"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="50"/>
        <source>Open the built-in training city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="52"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="55"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="58"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="67"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="79"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="85"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="44"/>
        <source>The Open311 Reporter training city: a GeoReport v1 server for a fictional city, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="51"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="52"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="53"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="54"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="55"/>
        <source>Path prefix of the GeoReport methods (default /dev/V1/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="56"/>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>The city_id to accept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="58"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="63"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="65"/>
        <source>A service_list XML file replacing the built-in catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="67"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="68"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="70"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="71"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="84"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="101"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="104"/>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="107"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="110"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="119"/>
        <source>Training city listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="120"/>
        <source>Port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sandbox/main.cpp" line="121"/>
        <source>City id: %1; %n API key(s); data in %2</source>
        <translation>
            <numerusform>City id: %1; %n API key; data in %2</numerusform>
            <numerusform>City id: %1; %n API keys; data in %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="124"/>
        <source>Tiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="125"/>
        <source>Geocoder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="129"/>
        <source>Stopping the training city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
