<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="15"/>
        <source>About %1</source>
        <translation>Apwopo %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="24"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation>Voye rapò sou pwoblèm ki pa ijans bay sèvè Open311 GeoReport v1 yon vil, epi swiv chak rapò jiskaske yo fèmen l. Li mache ak Qt %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="38"/>
        <source>Outbox and drafts</source>
        <translation>Bwat sòti ak bouyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="39"/>
        <source>Followed requests</source>
        <translation>Demann w ap swiv</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="40"/>
        <source>Training city</source>
        <translation>Vil fòmasyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
</context>
<context>
    <name>Open311::AccessibleText</name>
    <message>
        <location filename="../lib/gui/widgets/AccessibleText.cpp" line="60"/>
        <source>Required.</source>
        <translation>Obligatwa.</translation>
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
        <translation>GeoReport v2 (bouyon)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="74"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="77"/>
        <source>%1, production</source>
        <translation>%1, pwodiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="79"/>
        <source>%1 (test)</source>
        <translation>%1 (tès)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="81"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="83"/>
        <source>%1, production or test not stated</source>
        <translation>%1, yo pa di si se pwodiksyon oswa tès</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="91"/>
        <source>JSON and XML</source>
        <translation>JSON ak XML</translation>
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
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="112"/>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="113"/>
        <source>Add a city</source>
        <translation>Ajoute yon vil</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="119"/>
        <source>&amp;Address of the city&apos;s server or discovery document</source>
        <translation>&amp;Adrès sèvè vil la oswa dokiman dekouvèt li</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="122"/>
        <source>Allow plain &amp;HTTP (the API key would travel unencrypted)</source>
        <translation>Pèmèt &amp;HTTP san chifreman (kle API a ta pase san pwoteksyon)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="123"/>
        <source>&amp;Read</source>
        <translation>&amp;Konsilte</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="130"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Sèvè yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="133"/>
        <source>Needed by GeoReport v1, and by servers with several cities</source>
        <translation>Obligatwa pou GeoReport v1 ak pou sèvè ki sèvi plizyè vil</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="141"/>
        <source>Add &amp;the city</source>
        <translation>Ajou&amp;te vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="145"/>
        <source>Address of the city&apos;s server or discovery document</source>
        <translation>Adrès sèvè vil la oswa dokiman dekouvèt li</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="146"/>
        <source>Allow plain HTTP</source>
        <translation>Pèmèt HTTP san chifreman</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="147"/>
        <source>Read the city&apos;s server</source>
        <translation>Konsilte sèvè vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="148"/>
        <source>About the city</source>
        <translation>Enfòmasyon sou vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="149"/>
        <source>Endpoints</source>
        <translation>Sèvè yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="150"/>
        <source>Jurisdiction id</source>
        <translation>Id jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="151"/>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="152"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="153"/>
        <source>Add the city</source>
        <translation>Ajoute vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="163"/>
        <source>Jurisdiction &amp;id</source>
        <translation>&amp;Id jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="255"/>
        <source>Reading the city&apos;s server…</source>
        <translation>Ap konsilte sèvè vil la…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="269"/>
        <source>The city&apos;s server could not be reached: %1</source>
        <translation>Pa t ka kontakte sèvè vil la: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="297"/>
        <source>This address has no discovery document, but a GeoReport v2 server answers there.</source>
        <translation>Adrès sa a pa gen dokiman dekouvèt, men gen yon sèvè GeoReport v2 ki reponn la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="311"/>
        <source>No discovery document was found at this address, and no GeoReport server answers there. %1</source>
        <translation>Pa gen dokiman dekouvèt nan adrès sa a, e pa gen okenn sèvè GeoReport ki reponn la. %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="322"/>
        <source>This address has no discovery document, but a GeoReport v1 server answers there.</source>
        <translation>Adrès sa a pa gen dokiman dekouvèt, men gen yon sèvè GeoReport v1 ki reponn la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="343"/>
        <source>The city&apos;s discovery document lists no GeoReport endpoint.</source>
        <translation>Dokiman dekouvèt vil la pa bay okenn sèvè GeoReport.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="348"/>
        <source>The city&apos;s discovery document lists %n endpoint(s); the one to use is selected.</source>
        <translation>
            <numerusform>Dokiman dekouvèt vil la bay %n sèvè; sa pou itilize a deja chwazi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="370"/>
        <source>Contact: %1</source>
        <translation>Kontak: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="372"/>
        <source>API keys: %1</source>
        <translation>Kle API: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="433"/>
        <source> (test)</source>
        <translation> (tès)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="434"/>
        <source>Test endpoint: reports filed here are not real.</source>
        <translation>Sèvè tès: rapò ki anrejistre isit la pa reyèl.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="449"/>
        <source>Give the city a name.</source>
        <translation>Bay vil la yon non.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="452"/>
        <source>A GeoReport v1 server needs the city&apos;s id: enter it under Jurisdiction id (for example sfgov.org).</source>
        <translation>Yon sèvè GeoReport v1 bezwen id vil la: tape l nan “Id jiridiksyon” (pa egzanp sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::AppSession</name>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="46"/>
        <source>The city&apos;s service area could not be loaded: %1</source>
        <translation>Pa t ka chaje zòn sèvis vil la: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="164"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation>Done vil fòmasyon an te domaje; yo kenbe yo kòm %1 epi vil la rekòmanse a zewo.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city over GeoReport v1</source>
        <translation>Vil fòmasyon ak GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city (Sandbox City)</source>
        <translation>Vil fòmasyon (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="188"/>
        <source>Training city map</source>
        <translation>Kat vil fòmasyon an</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="207"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation>Jiridiksyon “%1” pa konfigire.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="209"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation>Jiridiksyon %1 pa konfigire byen: %2 Louvri Paramèt pou korije l.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="218"/>
        <source>The training city could not start: %1</source>
        <translation>Vil fòmasyon an pa t ka demare: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="232"/>
        <source>Fetching the API key…</source>
        <translation>Ap chache kle API a…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="239"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation>Pa gen kle API pou %1. Mete l nan Paramèt (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="344"/>
        <source>Loading services…</source>
        <translation>Ap chaje sèvis yo…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="350"/>
        <source>Not connected: %1</source>
        <translation>Pa konekte: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="354"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>Konekte: %n sèvis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="373"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation>Pa t ka chaje demann ki egziste deja yo nan %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="387"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="389"/>
        <source>%1: %n request(s) without usable coordinates were left out.</source>
        <translation>
            <numerusform>%1: %n demann ki pa gen kowòdone ki bon rete deyò.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="421"/>
        <source>Request %1 could not be added to the Tracker: its file could not be written (the disk may be full). Nothing already followed was lost; free some space and follow it again from the Tracker tab.</source>
        <translation>Nou pa t kapab mete demann %1 nan Swivi: nou pa t kapab ekri fichye li (petèt disk la plen). Nou pa pèdi anyen nan demann w ap swiv deja yo; libere kèk plas epi swiv li ankò nan onglè Swivi a.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="477"/>
        <source>Not connected yet.</source>
        <translation>Poko konekte.</translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="56"/>
        <source>The server %1 refused the connection.</source>
        <translation>Sèvè %1 refize koneksyon an.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>Pa t jwenn sèvè %1. Verifye adrès la ak rezo a.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="61"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Sèvè %1 fèmen koneksyon an anvan li reponn.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>Pa t ka etabli yon koneksyon sekirize ak %1: sètifika li pa fyab oswa li pa valab. Anyen pa t pati.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="68"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation>Sèvè %1 voye demann nan sou yon lòt adrès. Aplikasyon an pa t ale la, pou kle API a rete ak sèvè vil la sèlman.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="72"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>Koneksyon ak %1 koupe apre demann nan te fin pati.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="75"/>
        <source>The network is not available.</source>
        <translation>Rezo a pa disponib.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Koneksyon ak %1 echwe (erè rezo %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="150"/>
        <source>Give a service request id.</source>
        <translation>Bay yon nimewo demann.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="171"/>
        <source>Give a service code.</source>
        <translation>Bay yon kòd sèvis.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="195"/>
        <source>Give a token.</source>
        <translation>Bay yon token.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="220"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>sèvè a echwe ak kòd HTTP %1 pandan l t ap trete l.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="362"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation>Repons sèvè a pi gwo pase %1; li koupe pou sekirite.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="368"/>
        <source>the server did not answer in time.</source>
        <translation>sèvè a pa t reponn atan.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="378"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Repons sèvè a pa t rive nèt.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="390"/>
        <source>The server sent no HTTP answer.</source>
        <translation>Sèvè a pa t voye okenn repons HTTP.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandContext</name>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="78"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation>Pa gen jiridiksyon “%1” (gade: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="83"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation>Vil fòmasyon an mache anndan aplikasyon an. Lanse open311-sandbox epi sèvi ak --endpoint.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="104"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation>Pa gen kle API pou %1. Mete youn nan paramèt aplikasyon an, enstale yon fichye kle, oswa defini OPEN311_API_KEY.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="120"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation>Pa ka li fichye kle API %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="152"/>
        <source>--protocol takes v1 or v2.</source>
        <translation>--protocol aksepte v1 oswa v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="158"/>
        <source>Give --city-id or --jurisdiction-id, not both.</source>
        <translation>Bay --city-id oswa --jurisdiction-id, pa toude.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="177"/>
        <source>--format takes json or xml.</source>
        <translation>--format aksepte json oswa xml.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="223"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout aksepte yon kantite segond ant 0 ak 3600.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="43"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 or v2 server.</source>
        <translation>Voye rapò sou pwoblèm ki pa ijans bay sèvè Open311 GeoReport v1 oswa v2 yon vil.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="44"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="116"/>
        <source>Commands:</source>
        <translation>Kòmand:</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="46"/>
        <source>Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation>Chak rapò ekri nan bwat sòti a anvan li pati, epi li pa janm pati plis pase yon fwa; --no-outbox voye dirèkteman.

Kle API a soti nan varyab anviwònman %1 oswa nan --api-key-file; yo pa janm bay li kòm agiman.

Kòd sòti: 0 siksè, 2 erè itilizasyon oswa validasyon (anyen pa t pati), 3 sèvè a reponn ak yon erè Open311, 4 echèk HTTP, rezo, delè oswa pwotokòl, 5 yo pa konnen rezilta yon voye.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="57"/>
        <source>%1 (see the commands above).</source>
        <translation>%1 (gade kòmand ki anwo yo).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="60"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation>Sèvi ak yon jiridiksyon ki konfigire (gade: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61"/>
        <source>NAME</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>URL de baz sèvè a, pa egzanp https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <source>The city id the server expects.</source>
        <translation>Id vil sèvè a atann.</translation>
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
        <translation>Vèsyon GeoReport sèvè a: v1 (pa defo) oswa v2; yon pwofil gen pa l.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="68"/>
        <source>VERSION</source>
        <translation>VÈSYON</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="70"/>
        <source>GeoReport v2: the jurisdiction_id, where the server serves several cities.</source>
        <translation>GeoReport v2: jurisdiction_id a, lè sèvè a sèvi plizyè vil.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="73"/>
        <source>GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again in XML.</source>
        <translation>GeoReport v2: mande json (pa defo) oswa xml; si JSON la pa valab, li mande l ankò an XML.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="75"/>
        <source>FORMAT</source>
        <translation>FÒMA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="77"/>
        <source>GeoReport v2: ask for service names and questions in this language (the server&apos;s locale parameter); a profile that lists its server&apos;s languages picks the interface language&apos;s.</source>
        <translation>GeoReport v2: mande non sèvis yo ak kesyon yo nan lang sa a (paramèt locale sèvè a); yon pwofil ki bay lang sèvè li pran lang entèfas la.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="80"/>
        <source>TAG</source>
        <translation>KÒD</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Konbyen segond pou tann yon repons (30 pa defo).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="82"/>
        <source>SECONDS</source>
        <translation>SEGOND</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>Pèmèt yon sèvè http:// san chifreman ki pa sou machin sa a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85"/>
        <source>Print JSON for scripts.</source>
        <translation>Ekri JSON pou script.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>Read the API key from this file.</source>
        <translation>Li kle API a nan fichye sa a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>PATH</source>
        <translation>CHEMEN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="114"/>
        <source>Name a command: %1.</source>
        <translation>Bay non yon kòmand: %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="118"/>
        <source>Options: open311 --help</source>
        <translation>Opsyon: open311 --help</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="124"/>
        <source>Unknown command “%1”. Use %2.</source>
        <translation>Kòmand “%1” enkoni. Sèvi ak %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="133"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation>Bay --profile oswa --endpoint, pa toude.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineWording</name>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="16"/>
        <source>Give the service with --service-code CODE (see: open311 services).</source>
        <translation>Bay sèvis la ak --service-code CODE (gade: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="19"/>
        <source>Give a location: --lat and --lon, or --address.</source>
        <translation>Bay yon kote: --lat ak --lon, oswa --address.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="24"/>
        <source>Give both --lat and --lon, or neither.</source>
        <translation>Bay --lat ak --lon ansanm, oswa pa bay okenn nan yo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="26"/>
        <source>--lat must be between -90 and 90 degrees.</source>
        <translation>--lat dwe ant -90 ak 90 degre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="28"/>
        <source>--lon must be between -180 and 180 degrees.</source>
        <translation>--lon dwe ant -180 ak 180 degre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="35"/>
        <source>The --description-file has %1 characters; the city accepts at most %2.</source>
        <translation>Fichye --description-file la gen %1 karaktè; vil la pa aksepte plis pase %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="37"/>
        <source>The --description has %1 characters; the city accepts at most %2.</source>
        <translation>--description la gen %1 karaktè; vil la pa aksepte plis pase %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="42"/>
        <source>--email does not look like an email address (name@example.org).</source>
        <translation>--email pa sanble yon adrès imèl (name@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="45"/>
        <source>--media-url takes a full web address starting with http:// or https://.</source>
        <translation>--media-url aksepte yon adrès wèb konplè ki kòmanse ak http:// oswa https://.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="63"/>
        <source>The endpoint %1 uses plain HTTP, which would send the API key unencrypted. Use https://, or give --allow-http to send it anyway.</source>
        <translation>Sèvè %1 sèvi ak HTTP san chifreman, sa ki ta voye kle API a san pwoteksyon. Sèvi ak https://, oswa bay --allow-http pou voye l kanmenm.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="69"/>
        <source>--endpoint must start with https:// (or http://, with --allow-http when the server is not this machine).</source>
        <translation>--endpoint dwe kòmanse ak https:// (oswa http://, ak --allow-http lè sèvè a pa machin sa a).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="73"/>
        <source>--endpoint takes the server&apos;s full address, such as https://city.example/dev/V1/.</source>
        <translation>--endpoint aksepte adrès konplè sèvè a, tankou https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="77"/>
        <source>Give the city id with --city-id ID (or OPEN311_CITY_ID), for example --city-id sfgov.org.</source>
        <translation>Bay id vil la ak --city-id ID (oswa OPEN311_CITY_ID), pa egzanp --city-id sfgov.org.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="86"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation>Bay sèvè a ak --endpoint URL (oswa OPEN311_ENDPOINT), oswa yon --profile.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="91"/>
        <source>No API key was given. Set the environment variable OPEN311_API_KEY, or give --api-key-file PATH (never the key itself as an argument).</source>
        <translation>Pa gen kle API ki bay. Defini varyab anviwònman OPEN311_API_KEY, oswa bay --api-key-file PATH (pa janm bay kle a li menm kòm agiman).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="97"/>
        <source>OPEN311_API_KEY is set but blank. Put the city&apos;s API key in it, or give --api-key-file PATH.</source>
        <translation>OPEN311_API_KEY defini men li vid. Mete kle API vil la ladan l, oswa bay --api-key-file PATH.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="103"/>
        <source>The API key file %1 is empty. Write the city&apos;s API key in it, or set OPEN311_API_KEY.</source>
        <translation>Fichye kle API %1 vid. Ekri kle API vil la ladan l, oswa defini OPEN311_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandStores</name>
    <message>
        <location filename="../lib/cli/CommandStores.cpp" line="26"/>
        <source>Use --no-outbox to send without it.</source>
        <translation>Sèvi ak --no-outbox pou voye san li.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandTable</name>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <source>submit, requests: the service code.</source>
        <translation>submit, requests: kòd sèvis la.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>CODE</source>
        <translation>KÒD</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <source>submit: latitude (WGS84).</source>
        <translation>submit: latitid (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>DEGREES</source>
        <translation>DEGRE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>submit: longitude (WGS84).</source>
        <translation>submit: lonjitid (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="36"/>
        <source>submit: the address as a person would write it.</source>
        <translation>submit: adrès la jan yon moun ta ekri l.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="37"/>
        <location filename="../lib/cli/CommandTable.cpp" line="45"/>
        <source>TEXT</source>
        <translation>TÈKS</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation>submit: imèl moun k ap fè rapò a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>EMAIL</source>
        <translation>IMÈL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <source>submit: the device id.</source>
        <translation>submit: id aparèy la.</translation>
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
        <translation>submit: id kont lan.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <source>submit: first name.</source>
        <translation>submit: prenon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>NAME</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>submit: last name.</source>
        <translation>submit: non fanmi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>submit: phone number.</source>
        <translation>submit: nimewo telefòn.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>NUMBER</source>
        <translation>NIMEWO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="44"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit: deskripsyon an (pa plis pase 4&#xa0;000 karaktè).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="46"/>
        <source>submit: read the description from a file.</source>
        <translation>submit: li deskripsyon an nan yon fichye.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="47"/>
        <source>PATH</source>
        <translation>CHEMEN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>submit: a link to a photo or page.</source>
        <translation>submit: yon lyen sou yon foto oswa yon paj.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>submit (v2): the location as an id of the city&apos;s address database.</source>
        <translation>submit (v2): kote a, kòm yon id nan baz done adrès vil la.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="52"/>
        <source>submit (v2): an answer to the service&apos;s definition; repeat it, and repeat a code for each value of a multivaluelist.</source>
        <translation>submit (v2): yon repons pou definisyon sèvis la; repete l, epi repete yon kòd pou chak valè yon multivaluelist.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="54"/>
        <source>CODE=VALUE</source>
        <translation>KÒD=VALÈ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="56"/>
        <source>submit (v2): a photo to upload with the report, for a city that takes uploads; repeat it for more. It is made smaller and sent without its EXIF data.</source>
        <translation>submit (v2): yon foto pou voye ak rapò a, pou yon vil ki aksepte foto; repete l pou plis. Li vin pi piti epi li pati san done EXIF li yo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="58"/>
        <source>FILE</source>
        <translation>FICHYE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="59"/>
        <source>submit: send directly, without the outbox.</source>
        <translation>submit: voye dirèkteman, san bwat sòti a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="61"/>
        <source>submit: send even when the place is outside the jurisdiction&apos;s service area.</source>
        <translation>submit: voye menm lè kote a deyò zòn sèvis jiridiksyon an.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>requests: only this service.</source>
        <translation>requests: sèlman sèvis sa a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>requests: open or closed.</source>
        <translation>requests: open oswa closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>STATUS</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="66"/>
        <source>requests: filed on or after this date (ISO 8601).</source>
        <translation>requests: anrejistre nan dat sa a oswa apre (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="67"/>
        <location filename="../lib/cli/CommandTable.cpp" line="69"/>
        <source>DATE</source>
        <translation>DAT</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="68"/>
        <source>requests: filed on or before this date (ISO 8601).</source>
        <translation>requests: anrejistre nan dat sa a oswa anvan (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>requests: these ids, separated by commas.</source>
        <translation>requests: nimewo sa yo, separe ak vigil.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="71"/>
        <source>requests: this page, where the server offers paging.</source>
        <translation>requests: paj sa a, lè sèvè a bay rezilta yo pa paj.</translation>
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
        <translation>requests: konbyen rezilta pa paj, ak --page.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="75"/>
        <source>requests: ask for the server&apos;s extra fields (extensions=true) and print every field the spec does not name.</source>
        <translation>requests: mande chan siplemantè sèvè a (extensions=true) epi afiche tout chan espesifikasyon an pa nonmen.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="80"/>
        <source>outbox list: the reports of every endpoint, not only this one&apos;s.</source>
        <translation>outbox list: rapò tout sèvè yo, pa sèlman pa sèvè sa a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="87"/>
        <source>the jurisdictions configured on this computer</source>
        <translation>jiridiksyon ki konfigire sou òdinatè sa a</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="90"/>
        <source>list the city&apos;s services</source>
        <translation>bay lis sèvis vil la</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="94"/>
        <source>the endpoints a city&apos;s discovery document lists (v2)</source>
        <translation>sèvè dokiman dekouvèt yon vil bay (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="98"/>
        <source>the attributes a service asks for (v2)</source>
        <translation>atribi yon sèvis mande (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="102"/>
        <source>file a new report at --lat/--lon or --address</source>
        <translation>anrejistre yon nouvo rapò nan --lat/--lon oswa --address</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="105"/>
        <source>show the status of reports</source>
        <translation>montre eta rapò yo</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="112"/>
        <source>list the city&apos;s requests (v2; 90 days or 1,000 by default)</source>
        <translation>bay lis demann vil la (v2; 90 jou oswa 1&#xa0;000 pa defo)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="117"/>
        <source>the request id a batch service&apos;s token became (v2)</source>
        <translation>nimewo demann token yon sèvis pa lo vin tounen (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="122"/>
        <source>reports not yet sent, and why (this endpoint&apos;s, or --all)</source>
        <translation>rapò ki poko pati, ak poukisa (pa sèvè sa a, oswa --all)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="124"/>
        <source>send what waits in the outbox for this endpoint</source>
        <translation>voye sa k ap tann nan bwat sòti a pou sèvè sa a</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="126"/>
        <source>send a report again (after checking it did not arrive)</source>
        <translation>voye yon rapò ankò (apre ou fin verifye li pa t rive)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="128"/>
        <source>remove a report from the outbox</source>
        <translation>retire yon rapò nan bwat sòti a</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="134"/>
        <source>follow requests (sent reports are followed by themselves)</source>
        <translation>swiv demann (rapò ki pati deja swiv poukont yo)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="136"/>
        <source>the followed requests and their last known status</source>
        <translation>demann w ap swiv yo ak dènye eta yo</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="138"/>
        <source>check every followed request that is not closed, once</source>
        <translation>verifye yon fwa chak demann w ap swiv ki pa fèmen</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="171"/>
        <source>%1 or %2</source>
        <translation>%1 oswa %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="250"/>
        <source>The option --%1 belongs to the %2 command.</source>
        <translation>Opsyon --%1 se pou kòmand %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="253"/>
        <source>The option --%1 belongs to %2.</source>
        <translation>Opsyon --%1 se pou %2.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionCache</name>
    <message>
        <location filename="../lib/session/DefinitionCache.cpp" line="115"/>
        <source>There is no jurisdiction to ask for its questions.</source>
        <translation>Pa gen jiridiksyon pou mande kesyon li yo.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionPresenter</name>
    <message>
        <location filename="../lib/gui/report/DefinitionPresenter.cpp" line="17"/>
        <source>The city&apos;s questions about this service could not be loaded: %1 The report can still go; the city will say if it needs more.</source>
        <translation>Pa t ka chaje kesyon vil la sou sèvis sa a: %1 Rapò a ka pati kanmenm; vil la ap di si li bezwen plis.</translation>
    </message>
</context>
<context>
    <name>Open311::DiscoveryCommand</name>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="25"/>
        <source>discover takes one URL: a discovery document, or the folder that holds discovery.json.</source>
        <translation>discover aksepte yon URL: yon dokiman dekouvèt, oswa dosye ki gen discovery.json ladan l.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="64"/>
        <source>* the endpoint to use: production GeoReport v2.</source>
        <translation>* sèvè pou itilize a: GeoReport v2 pwodiksyon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="66"/>
        <source>This document lists no GeoReport v2 endpoint.</source>
        <translation>Dokiman sa a pa bay okenn sèvè GeoReport v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="68"/>
        <source>Contact: %1</source>
        <translation>Kontak: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="70"/>
        <source>API keys: %1</source>
        <translation>Kle API: %1</translation>
    </message>
</context>
<context>
    <name>Open311::DraftStore</name>
    <message>
        <location filename="../lib/store/DraftStore.cpp" line="50"/>
        <location filename="../lib/store/DraftStore.cpp" line="53"/>
        <source>The drafts</source>
        <translation>Bouyon yo</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="44"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>Adrès sèvè a pa yon URL ki valab. Bay adrès konplè a, tankou https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="50"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>Adrès sèvè a dwe kòmanse ak https:// (oswa http:// kote HTTP san chifreman pèmèt).</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="55"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>Sèvè a sèvi ak HTTP san chifreman, sa ki ta voye kle API a san pwoteksyon. Sèvi ak https://, oswa pèmèt HTTP san chifreman aklè.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="60"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>Id vil la vid. Sèvè GeoReport v1 bezwen l (pa egzanp sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation>Okenn kle API pa t pati.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation>Sèvè a pa aksepte kle API sa a.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation>Sèvè a pa t ka bay lis sèvis li yo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation>Pa gen sèvis ki chwazi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation>Sèvè a pa ofri sèvis ou chwazi a.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation>Sèvè a pa t ka anrejistre rapò a; anyen pa t kreye.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>Sèvè a pa konnen nimewo demann sa a, oswa yo te anrejistre l ak yon lòt kle API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="33"/>
        <source>The server refused the request as incomplete or invalid.</source>
        <translation>Sèvè a refize demann nan paske li pa konplè oswa li pa valab.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="35"/>
        <source>The server does not accept this API key, or none was sent.</source>
        <translation>Sèvè a pa aksepte kle API sa a, oswa okenn kle pa t pati.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="37"/>
        <source>The server does not know what was asked for.</source>
        <translation>Sèvè a pa konnen sa yo mande l la.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="39"/>
        <source>The server reported an error.</source>
        <translation>Sèvè a bay yon erè.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="99"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>Adrès sèvè a pa bon oswa sèvis la pa mache (HTTP 404). Verifye URL sèvè a.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="102"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Sèvè a te gen yon pwoblèm entèn (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="104"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Sèvè a reponn ak kòd HTTP %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="121"/>
        <source>The server did not answer in time.</source>
        <translation>Sèvè a pa t reponn atan.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="129"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Pa t ka konprann repons sèvè a.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="138"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>Petèt rapò a rive jwenn vil la, petèt non: %1 Li pa t voye ankò, pou yo pa anrejistre l de fwa.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="149"/>
        <source>Error %1: %2</source>
        <translation>Erè %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="151"/>
        <source>The server said: “%1”</source>
        <translation>Sèvè a di: “%1”</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="156"/>
        <source>It began with: “%1”</source>
        <translation>Li te kòmanse ak: “%1”</translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="76"/>
        <location filename="../lib/map/FeedLoader.cpp" line="91"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation>Fil done %1 pi gwo pase 64 MB; yo pa t li l.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="77"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation>Pa t ka telechaje fil done %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="110"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation>Fil done a pi gwo pase 64 MB; yo pa t li l.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="121"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation>Fil done a pa ni KML, ni GeoJSON, ni CSV.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="137"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation>Fil done a deklare yon tip dokiman (DTD); yo refize l pou sekirite.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="181"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation>Fil done KML la pa byen fòme: %1 (liy %2).</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="193"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation>Fil done GeoJSON nan pa yon JSON ki valab: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="242"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation>Fil done CSV a pa gen kolòn latitid ak lonjitid.</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="101"/>
        <source>The address search service uses plain HTTP, which would send the address unencrypted. Use an https:// address, or allow plain HTTP for this jurisdiction in Settings.</source>
        <translation>Sèvis rechèch adrès la sèvi ak HTTP san chifreman, sa ki ta voye adrès la san pwoteksyon. Sèvi ak yon adrès https://, oswa pèmèt HTTP san chifreman pou jiridiksyon sa a nan Paramèt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/map/Geocoder.cpp" line="113"/>
        <source>The address search service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Sèvis rechèch adrès la okipe. Eseye ankò nan %n segond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="145"/>
        <source>Type an address to search for.</source>
        <translation>Tape yon adrès pou chèche.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="248"/>
        <source>The address search service could not be reached.</source>
        <translation>Pa t ka kontakte sèvis rechèch adrès la.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="122"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>Sèvis rechèch adrès la voye yon repons ki pa JSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="129"/>
        <source>The address search service said: %1</source>
        <translation>Sèvis rechèch adrès la di: %1</translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="38"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Òdinatè sa a pa gen pòtkle (Secret Service oswa KWallet), kidonk pa ka konsève kle API a an sekirite. Mande administratè w la enstale yon fichye kle, oswa defini %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="45"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation>Pòtkle a refize bay aksè a kle API a. Debloke l epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="48"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Pa t ka sèvi ak pòtkle a. Mande administratè w la enstale yon fichye kle, oswa defini %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="88"/>
        <source>The key file %1 does not exist.</source>
        <translation>Fichye kle %1 pa egziste.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="91"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation>Fichye kle %1 pa pou root, kidonk yo pa t sèvi avè l.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="94"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation>Tout itilizatè ka li oswa chanje fichye kle %1, kidonk yo pa t sèvi avè l. Fè l lizib sèlman pou pwopriyetè l ak gwoup li (chmod 640).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="100"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Pa ka li fichye kle %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="103"/>
        <source>The key file %1 is empty.</source>
        <translation>Fichye kle %1 vid.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="117"/>
        <source>The key file %1 is damaged: its first line is longer than any API key. Write the city&apos;s key in it again, on a line of its own.</source>
        <translation>Fichye kle %1 la gate: premye liy li pi long pase nenpòt kle API. Ekri kle vil la ladan l ankò, sou yon liy pou kont li.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="126"/>
        <source>The key file %1 is damaged: its first line holds characters that no API key has. Write the city&apos;s key in it again.</source>
        <translation>Fichye kle %1 la gate: premye liy li gen karaktè okenn kle API pa genyen. Ekri kle vil la ladan l ankò.</translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="69"/>
        <source>Are you still there?</source>
        <translation>Ou la toujou?</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="70"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="71"/>
        <source>I&apos;m still here</source>
        <translation>Mwen la toujou</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="74"/>
        <source>Administrator</source>
        <translation>Administratè</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="75"/>
        <source>Administrator PIN:</source>
        <translation>PIN administratè:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="80"/>
        <source>Administrator PIN</source>
        <translation>PIN administratè</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="83"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="84"/>
        <source>Unlock</source>
        <translation>Debloke</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="85"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="117"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation>Demann %1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="139"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation>Pa gen PIN administratè ki konfigire; pa ka soti nan kyòs sa a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="140"/>
        <source>Wrong PIN.</source>
        <translation>PIN lan pa bon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="232"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="247"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Ou la toujou? Rapò sa a ap efase nan %n segond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="21"/>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="96"/>
        <source>Report a problem</source>
        <translation>Rapòte yon pwoblèm</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="22"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation>Byenvini. Fè vil la konnen si gen yon twou nan lari, grafiti, yon limyè lari ki kase oswa yon lòt pwoblèm ki pa yon ijans.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="25"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation>Pou yon ijans, rele nimewo ijans lokal ou a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="76"/>
        <source>Check</source>
        <translation>Verifye</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="106"/>
        <source>Already reported? Enter your request id:</source>
        <translation>Ou te deja rapòte l? Tape nimewo demann ou a:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="108"/>
        <source>Request id to look up</source>
        <translation>Nimewo demann pou chèche</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="112"/>
        <source>Check the status of this request</source>
        <translation>Verifye eta demann sa a</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="115"/>
        <source>Status of the request</source>
        <translation>Eta demann nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="158"/>
        <source>Checking…</source>
        <translation>Ap verifye…</translation>
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
        <translation>Bwat sòti</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="78"/>
        <source>&amp;Undo clear</source>
        <translation>A&amp;nile efasman an</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="86"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="91"/>
        <source>Report</source>
        <translation>Rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="92"/>
        <source>Views</source>
        <translation>Vi yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="107"/>
        <location filename="../lib/gui/window/MainWindow.cpp" line="113"/>
        <source>Jurisdiction</source>
        <translation>Jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="108"/>
        <source>Connection</source>
        <translation>Koneksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="112"/>
        <source>Undo clearing the form</source>
        <translation>Anile efasman fòm nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="114"/>
        <source>The city the reports go to</source>
        <translation>Vil kote rapò yo ale</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="117"/>
        <source>City:</source>
        <translation>Vil:</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="127"/>
        <source>Starting…</source>
        <translation>Ap demare…</translation>
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
        <translation>&amp;Rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="164"/>
        <source>&amp;New report</source>
        <translation>&amp;Nouvo rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh services</source>
        <translation>&amp;Mete sèvis yo ajou</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramèt…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Soti</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>È&amp;d</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Rakousi &amp;klavye</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="182"/>
        <source>&amp;About Open311 Reporter</source>
        <translation>&amp;Apwopo Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="202"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>Pa t ka chaje lis sèvis yo: %1 Peze F5 pou eseye ankò.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="296"/>
        <source>Reports cannot be sent: %1</source>
        <translation>Pa ka voye rapò: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="300"/>
        <source>Outbox not available</source>
        <translation>Bwat sòti a pa disponib</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="301"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation>%1

Pa ka voye okenn rapò jiskaske bwat sòti a mache ankò; sa ki tape nan fòm nan ap rete la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="304"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bwat sòti</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="305"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation>Yon nouvo bwat sòti kòmanse. Yo kenbe fichye ki domaje a kòm %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="321"/>
        <source>Tracker not available</source>
        <translation>Swivi pa disponib</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="322"/>
        <source>The Tracker is not available: %1</source>
        <translation>Swivi pa disponib: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Tracker</source>
        <translation>S&amp;wivi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="324"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation>Yon nouvo Swivi kòmanse. Yo kenbe fichye ki domaje a kòm %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="378"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (demode)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="453"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation>Vil la gen demann %1 deja; pa bezwen rapòte l ankò.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="458"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation>Kounye a w ap swiv demann %1 nan Swivi; pa gen nouvo rapò ki anrejistre.</translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="33"/>
        <source>Map</source>
        <translation>Kat</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60"/>
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation>Flèch yo deplase kat la, plis ak mwens fè zoum, Enter oswa Espas mete mak la nan mitan. Klike oswa trennen pou mete mak la.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="297"/>
        <source>Tiles from %1 over HTTP/2</source>
        <translation>Kawo kat soti nan %1 pa HTTP/2</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="300"/>
        <source>Tiles from %1 over HTTP/1.1</source>
        <translation>Kawo kat soti nan %1 pa HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="304"/>
        <source>Tiles from %1</source>
        <translation>Kawo kat soti nan %1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="505"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="520"/>
        <source>The map could not be loaded.</source>
        <translation>Pa t ka chaje kat la.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="506"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation>Pa t ka chaje kat la. Adrès la, oswa latitid ak lonjitid, ka toujou di kote pwoblèm nan ye.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/OverlayPainter.cpp" line="74"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/OverlayPainter.cpp" line="76"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="14"/>
        <source>Zoom in</source>
        <translation>Rapwoche</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="15"/>
        <source>Zoom in (+)</source>
        <translation>Rapwoche (+)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="17"/>
        <source>Zoom out</source>
        <translation>Eloyen</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="18"/>
        <source>Zoom out (−)</source>
        <translation>Eloyen (−)</translation>
    </message>
</context>
<context>
    <name>Open311::MultipartForm</name>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="138"/>
        <source>The body is not multipart/form-data.</source>
        <translation>Kò demann nan pa multipart/form-data.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="143"/>
        <source>The parameters of the multipart Content-Type cannot be read.</source>
        <translation>Pa ka li paramèt Content-Type multipart la.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="148"/>
        <source>The multipart Content-Type has no boundary.</source>
        <translation>Content-Type multipart la pa gen limit (boundary).</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="156"/>
        <source>The multipart boundary must be 1 to 70 letters, digits or &apos;()+_,-./:=? characters, not ending in a space.</source>
        <translation>Limit multipart la dwe gen 1 a 70 lèt, chif oswa karaktè &apos;()+_,-./:=?, san li pa fini ak yon espas.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="199"/>
        <source>The multipart body never reaches its boundary.</source>
        <translation>Kò multipart la pa janm rive nan limit li.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="208"/>
        <source>The multipart body has no parts.</source>
        <translation>Kò multipart la pa gen okenn pati.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="214"/>
        <source>Boundary line %1 of the multipart body is malformed.</source>
        <translation>Liy limit %1 nan kò multipart la pa byen fòme.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="219"/>
        <source>The multipart body has more than %1 parts.</source>
        <translation>Kò multipart la gen plis pase %1 pati.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="226"/>
        <source>Part %1 of the multipart body has no Content-Disposition.</source>
        <translation>Pati %1 nan kò multipart la pa gen Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="232"/>
        <source>The header fields of part %1 are longer than 8 KiB.</source>
        <translation>Chan antèt pati %1 yo pi long pase 8 KiB.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="233"/>
        <source>The multipart body ends inside the header fields of part %1.</source>
        <translation>Kò multipart la fini nan mitan chan antèt pati %1 yo.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="240"/>
        <source>Part %1 of the multipart body: %2</source>
        <translation>Pati %1 nan kò multipart la: %2</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="246"/>
        <source>The multipart body ends without its closing boundary.</source>
        <translation>Kò multipart la fini san limit fèmen li.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="267"/>
        <source>a header line holds a bare CR, LF or NUL.</source>
        <translation>yon liy antèt gen yon CR, LF oswa NUL poukont li.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="269"/>
        <source>folded header lines are not accepted.</source>
        <translation>liy antèt ki pliye pa aksepte.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="275"/>
        <source>a header line is not a name, a colon and a value.</source>
        <translation>yon liy antèt pa fèt ak yon non, de pwen ak yon valè.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="280"/>
        <source>Content-Disposition is given twice.</source>
        <translation>Content-Disposition parèt de fwa.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="286"/>
        <source>Content-Disposition must be form-data with its parameters.</source>
        <translation>Content-Disposition dwe form-data ak paramèt li yo.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="289"/>
        <source>Content-Disposition names no field.</source>
        <translation>Content-Disposition pa nonmen okenn chan.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="298"/>
        <source>Content-Type is given twice.</source>
        <translation>Content-Type parèt de fwa.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="304"/>
        <source>Content-Transfer-Encoding %1 is not supported; send the bytes as they are.</source>
        <translation>Content-Transfer-Encoding %1 pa sipòte; voye okte yo jan yo ye a.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="310"/>
        <source>it has no Content-Disposition.</source>
        <translation>li pa gen Content-Disposition.</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation>Chwazi yon sèvis.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Bay latitid ak lonjitid ansanm, oswa pa bay okenn nan yo.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>Latitid la dwe ant -90 ak 90 degre.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>Lonjitid la dwe ant -180 ak 180 degre.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>Bay yon kote: mete mak la sou kat la oswa tape yon adrès.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="38"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>Deskripsyon an gen %1 karaktè; vil la pa aksepte plis pase %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="43"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>Adrès imèl la pa sanble li bon (name@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="50"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>Lyen an dwe yon adrès wèb konplè ki kòmanse ak http:// oswa https://.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/core/NewRequest.cpp" line="56"/>
        <source>At most %n photos can go with a report.</source>
        <translation>
            <numerusform>Yon rapò pa ka gen plis pase %n foto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="60"/>
        <source>The photo %1 is empty or larger than %2 MB.</source>
        <translation>Foto %1 vid oswa li pi gwo pase %2 MB.</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="189"/>
        <location filename="../lib/store/Outbox.cpp" line="191"/>
        <source>The outbox</source>
        <translation>Bwat sòti a</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="492"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>Aplikasyon an te kanpe pandan rapò sa a t ap pati; petèt li rive jwenn vil la, petèt non.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxCommands</name>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="43"/>
        <source>Use %1.</source>
        <translation>Sèvi ak %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="51"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>outbox %1 aksepte nimewo yon rapò (gade: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="55"/>
        <source>outbox %1 takes no arguments.</source>
        <translation>outbox %1 pa aksepte agiman.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="108"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>Pa gen rapò %1 nan bwat sòti a ki ka jete.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="111"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation>Yo retire rapò %1 nan bwat sòti a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="128"/>
        <source>Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then `open311 outbox resend ID`, or `open311 outbox discard ID`.</source>
        <translation>Vil la refize: %1. Korije pwoblèm nan (si kle a pa bon, defini %2), apre sa `open311 outbox resend ID`, oswa `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="134"/>
        <source>Perhaps received by the city: %1. If the city does not have it, `open311 outbox resend ID`; if it does, `open311 outbox discard ID`.</source>
        <translation>Petèt vil la resevwa yo: %1. Si vil la pa genyen l, `open311 outbox resend ID`; si li genyen l, `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="140"/>
        <source>%1 more wait for other endpoints (see: open311 outbox list --all).</source>
        <translation>%1 lòt ap tann pou lòt sèvè (gade: open311 outbox list --all).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="156"/>
        <source>There is no report %1 in the outbox (see: open311 outbox list).</source>
        <translation>Pa gen rapò %1 nan bwat sòti a (gade: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="160"/>
        <source>Report %1 was sent already; the city&apos;s request id is %2.</source>
        <translation>Rapò %1 te deja pati; nimewo demann vil la bay la se %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="172"/>
        <source>Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city id and key) to resend it.</source>
        <translation>Rapò %1 ap tann pou yon lòt sèvè, %2. Bay --endpoint %2 (ak id vil li ak kle li) pou voye l ankò.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="179"/>
        <source>Report %1 was written for GeoReport %2. Give --protocol %2 to resend it.</source>
        <translation>Rapò %1 te ekri pou GeoReport %2. Bay --protocol %2 pou voye l ankò.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="215"/>
        <source>Report %1 (%2): %3</source>
        <translation>Rapò %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/OutboxCommands.cpp" line="238"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>%n rapò pati; %1 toujou nan bwat sòti a.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="249"/>
        <location filename="../lib/cli/OutboxCommands.cpp" line="253"/>
        <source>Report %1 is being sent by another process.</source>
        <translation>Yon lòt pwosesis ap voye rapò %1.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="41"/>
        <source>Waiting to be sent</source>
        <translation>Ap tann pou l pati</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="43"/>
        <source>Sending</source>
        <translation>Ap voye</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="45"/>
        <source>Sent</source>
        <translation>Pati</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="47"/>
        <source>Will retry</source>
        <translation>Ap eseye ankò</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="49"/>
        <source>Refused by the city</source>
        <translation>Vil la refize l</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="51"/>
        <source>Outcome unknown — check before resending</source>
        <translation>Rezilta enkoni — verifye anvan ou voye l ankò</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="77"/>
        <source>Will retry at %1</source>
        <translation>Ap eseye ankò a %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="94"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="96"/>
        <source>Written</source>
        <translation>Kreye</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="98"/>
        <source>Service</source>
        <translation>Sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="100"/>
        <source>State</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="102"/>
        <source>Reason</source>
        <translation>Rezon</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation>&amp;Voye rapò k ap tann yo kounye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation>Voye &amp;ankò</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation>Note n&amp;imewo a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation>&amp;Jete</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="37"/>
        <source>Reports not yet sent</source>
        <translation>Rapò ki poko pati</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="39"/>
        <source>About the outbox</source>
        <translation>Enfòmasyon sou bwat sòti a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="40"/>
        <source>Send waiting reports now</source>
        <translation>Voye rapò k ap tann yo kounye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="41"/>
        <source>Resend the selected report</source>
        <translation>Voye rapò ki chwazi a ankò</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="42"/>
        <source>Id given by the city</source>
        <translation>Nimewo vil la bay</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="43"/>
        <source>Request id given by the city</source>
        <translation>Nimewo demann vil la bay</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="46"/>
        <source>Id from the cit&amp;y</source>
        <translation>Nimewo vi&amp;l la</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="48"/>
        <source>Record the id for the selected report</source>
        <translation>Note nimewo rapò ki chwazi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="49"/>
        <source>Discard the selected report</source>
        <translation>Jete rapò ki chwazi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="98"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>Yon rapò ki gen rezilta enkoni ka te rive jwenn vil la. Verifye ak vil la anvan ou voye l ankò, oswa note nimewo yo ba ou a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="101"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation>Rapò yo tann isit la pandan yo pa ka kontakte vil la, epi yo pati poukont yo depi sa posib.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="104"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation>Pa gen anyen k ap tann. Yon rapò tann isit la pandan yo pa ka kontakte vil la, epi li pati poukont li depi sa posib.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxSender</name>
    <message>
        <location filename="../lib/store/OutboxSender.cpp" line="61"/>
        <source>The report could not be read back from the outbox.</source>
        <translation>Pa t ka reli rapò a nan bwat sòti a.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxTab</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="32"/>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bwat sòti</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="64"/>
        <source>Outbox not available</source>
        <translation>Bwat sòti a pa disponib</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="65"/>
        <source>Outbox empty</source>
        <translation>Bwat sòti a vid</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="66"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bwat sòti: %n ap tann</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Bwat sòti (%1)</translation>
    </message>
</context>
<context>
    <name>Open311::PhotoPreparer</name>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="128"/>
        <source>%1 is %2, larger than the %3 a photo may have.</source>
        <translation>%1 fè %2, sa pi gwo pase %3 yon foto ka genyen.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="148"/>
        <location filename="../lib/session/PhotoPreparer.cpp" line="167"/>
        <source>%1 is not a photo this app can read (%2).</source>
        <translation>%1 pa yon foto aplikasyon sa a ka li (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="150"/>
        <source>%1 is cut off before its end; it may not have been copied completely.</source>
        <translation>%1 koupe anvan bout li; petèt li pa t kopye nèt.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="156"/>
        <source>%1 has %2 million pixels; a photo may have at most %3 million.</source>
        <translation>%1 gen %2 milyon piksèl; yon foto pa ka gen plis pase %3 milyon.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="189"/>
        <source>%1 could not be made ready to send (%2).</source>
        <translation>Pa t ka prepare %1 pou l pati (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="207"/>
        <source>%1 could not be opened (%2).</source>
        <translation>Pa t ka louvri %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="213"/>
        <source>%1 could not be read (%2).</source>
        <translation>Pa t ka li %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="28"/>
        <source>The position found is not valid.</source>
        <translation>Pozisyon yo jwenn nan pa valab.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>Òdinatè sa a pa kite aplikasyon an konnen kote li ye. Mete mak la sou kat la oswa tape yon adrès.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>Pa t ka jwenn kote ou ye atan. Mete mak la sou kat la oswa tape yon adrès.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="45"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>Kote ou ye a pa disponib. Mete mak la sou kat la oswa tape yon adrès.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="68"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>Òdinatè sa a pa gen sèvis lokalizasyon. Mete mak la sou kat la oswa tape yon adrès.</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileCommands</name>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="31"/>
        <source>training</source>
        <translation>fòmasyon</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="33"/>
        <source>deprecated</source>
        <translation>demode</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="35"/>
        <source>managed</source>
        <translation>jere</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="144"/>
        <source>The settings file %1 cannot be read (%2), so the settings in it are not used.</source>
        <translation>Nou pa ka li fichye paramèt %1 la (%2), kidonk nou pa sèvi ak paramèt ki ladan l yo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="147"/>
        <source>The system settings file %1, which your administrator provides, is damaged: some jurisdictions or locks in it may not be used. Ask your administrator to check it.</source>
        <translation>Fichye paramèt sistèm %1 la, administratè w la bay li, gate: petèt nou p ap ka sèvi ak kèk jiridiksyon oswa kèk blokaj ki ladan l. Mande administratè w la tcheke l.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="152"/>
        <source>The settings file %1 is damaged, and no copy of it could be kept: some of your settings may be missing. It is left as it is.</source>
        <translation>Fichye paramèt %1 la gate, epi nou pa t kapab kenbe yon kopi li: petèt kèk nan paramèt ou yo manke. Nou kite l jan l ye a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="158"/>
        <source>The settings file %1 was damaged, so some of your settings may be missing. What could be read is kept, and the damaged file was copied to %2.</source>
        <translation>Fichye paramèt %1 la te gate, kidonk petèt kèk nan paramèt ou yo manke. Nou kenbe sa nou te ka li, epi nou kopye fichye ki gate a nan %2.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="167"/>
        <source>Training city (Sandbox City)</source>
        <translation>Vil fòmasyon (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="170"/>
        <source>Built in; files nothing real.</source>
        <translation>Entegre; li pa anrejistre anyen reyèl.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="176"/>
        <source>Training city over GeoReport v1</source>
        <translation>Vil fòmasyon ak GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="181"/>
        <source>San Francisco</source>
        <translation>San Francisco</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="185"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation>Demode depi out 2013: yo kenbe l pou referans; pa ka voye rapò.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="193"/>
        <source>Miami-Dade County</source>
        <translation>Konte Miami-Dade</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="198"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation>Pare pou devlopman (beta). Mande konte a yon kle anvan.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="376"/>
        <source>Give the map&apos;s attribution (such as © OpenStreetMap contributors): the tiles&apos; licence asks that it be shown on the map.</source>
        <translation>Bay atribisyon kat la (tankou © kontribitè OpenStreetMap): lisans kawo kat yo mande pou li parèt sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="383"/>
        <source>The city&apos;s language must be a language tag such as en or pt-BR.</source>
        <translation>Lang vil la dwe yon kòd lang tankou en oswa pt-BR.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="388"/>
        <source>Each language the server answers in must be a language tag such as es or es_US, not %1.</source>
        <translation>Chak lang sèvè a reponn ladan l dwe yon kòd lang tankou es oswa es_US, pa %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="395"/>
        <source>Each language with its own server must be a language tag such as es or zh-TW, not %1.</source>
        <translation>Chak lang ki gen pwòp sèvè pa l dwe yon kòd lang tankou es oswa zh-TW, pa %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="405"/>
        <source>Give the jurisdiction a name.</source>
        <translation>Bay jiridiksyon an yon non.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="410"/>
        <source>The jurisdiction speaks a protocol this version of Open311 Reporter does not know.</source>
        <translation>Jiridiksyon an sèvi ak yon pwotokòl vèsyon Open311 Reporter sa a pa konnen.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="418"/>
        <source>The server for %1: %2</source>
        <translation>Sèvè pou %1 la: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="423"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation>Kawo kat %1 yo pa egziste sou òdinatè sa a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="431"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation>Adrès kawo kat yo dwe yon URL ak {z}, {x} ak {y}, tankou https://tile.openstreetmap.org/{z}/{x}/{y}.png, oswa chemen yon fichye MBTiles oswa yon dosye kawo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="436"/>
        <source>The map tile address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Adrès kawo kat yo sèvi ak HTTP san chifreman. Sèvi ak https://, oswa pèmèt HTTP san chifreman pou jiridiksyon sa a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="441"/>
        <source>The address search service must be a full URL.</source>
        <translation>Sèvis rechèch adrès la dwe yon URL konplè.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="444"/>
        <source>The address search service uses plain HTTP, which would send addresses unencrypted. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Sèvis rechèch adrès la sèvi ak HTTP san chifreman, sa ki ta voye adrès yo san pwoteksyon. Sèvi ak https://, oswa pèmèt HTTP san chifreman pou jiridiksyon sa a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="452"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation>Yon fil done dwe yon adrès http(s) oswa chemen yon fichye: %1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="460"/>
        <source>The service area must be an http(s) address or the path of a GeoJSON file.</source>
        <translation>Zòn sèvis la dwe yon adrès http(s) oswa chemen yon fichye GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="463"/>
        <source>The service area&apos;s address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Adrès zòn sèvis la sèvi ak HTTP san chifreman. Sèvi ak https://, oswa pèmèt HTTP san chifreman pou jiridiksyon sa a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="468"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation>Swivi pa verifye pi souvan pase chak 30 segond.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="475"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation>%1 pa aksepte rapò ankò (%2).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="482"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="513"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation>Se administratè w la ki jere jiridiksyon yo sou òdinatè sa a.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="489"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation>Pa ka chanje jiridiksyon entegre yo; fè yon kopi pou adapte l.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="504"/>
        <source>The settings could not be written.</source>
        <translation>Pa t ka anrejistre paramèt yo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="519"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation>Pa ka retire jiridiksyon entegre yo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="542"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="607"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation>Sa a pa yon fichye jiridiksyon Open311 Reporter ekspòte.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="614"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation>Fichye jiridiksyon an pa gen yon id ki bon.</translation>
    </message>
</context>
<context>
    <name>Open311::RemotePhoto</name>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="21"/>
        <source>The city&apos;s photo</source>
        <translation>Foto vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="29"/>
        <source>The city&apos;s photo is at an address this app does not open by itself.</source>
        <translation>Foto vil la nan yon adrès aplikasyon sa a pa louvri poukont li.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="34"/>
        <source>Loading the city&apos;s photo…</source>
        <translation>Ap chaje foto vil la…</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="87"/>
        <source>The city&apos;s photo is too large to show here.</source>
        <translation>Foto vil la twò gwo pou parèt isit la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="91"/>
        <source>The city&apos;s photo could not be loaded: its server answered %1.</source>
        <translation>Pa t ka chaje foto vil la: sèvè li reponn %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="95"/>
        <source>The city&apos;s photo could not be loaded: its server could not be reached.</source>
        <translation>Pa t ka chaje foto vil la: pa t ka kontakte sèvè li.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="105"/>
        <source>The city&apos;s photo is not a picture this app can show.</source>
        <translation>Foto vil la pa yon imaj aplikasyon sa a ka montre.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="91"/>
        <source>Not given</source>
        <translation>Pa bay</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="93"/>
        <source>Delete leaves the date and time out.</source>
        <translation>Peze Delete pou pa mete dat ak lè.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="362"/>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="373"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatwa)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="405"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="417"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="440"/>
        <source>Choose…</source>
        <translation>Chwazi…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="478"/>
        <location filename="../lib/gui/report/FieldErrors.cpp" line="48"/>
        <source>Problem with %1</source>
        <translation>Pwoblèm ak %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>&amp;First name</source>
        <translation>&amp;Prenon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>First name</source>
        <translation>Prenon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>&amp;Last name</source>
        <translation>Non &amp;fanmi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>Last name</source>
        <translation>Non fanmi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>&amp;Email</source>
        <translation>Imè&amp;l</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefòn</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>Phone</source>
        <translation>Telefòn</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>A&amp;ccount id</source>
        <translation>Id &amp;kont</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>Account id</source>
        <translation>Id kont</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="19"/>
        <source>Lat&amp;itude</source>
        <translation>Lat&amp;itid</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="21"/>
        <source>Latitude</source>
        <translation>Latitid</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="30"/>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;jitid</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="32"/>
        <source>Longitude</source>
        <translation>Lonjitid</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="80"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation>Tape latitid la an degre, ant -90 ak 90, oswa mete mak la sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="84"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation>Tape lonjitid la an degre, ant -180 ak 180, oswa mete mak la sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="27"/>
        <source>Possible duplicate</source>
        <translation>Petèt li deja rapòte</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="29"/>
        <source>Follow the existing request instead</source>
        <translation>Swiv demann ki la deja a pito</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="69"/>
        <source>an unknown date</source>
        <translation>yon dat enkoni</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="71"/>
        <source>%1 m from the pin</source>
        <translation>%1 m lwen mak la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="72"/>
        <source>at the same address</source>
        <translation>nan menm adrès la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="74"/>
        <source>This may already be reported: a report of %1 %2 is waiting in the outbox to be sent (since %3).</source>
        <translation>Petèt sa deja rapòte: yon rapò %1 %2 ap tann nan bwat sòti a pou l pati (depi %3).</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="77"/>
        <source>This may already be reported: request %1 (%2, %3), %4, reported %5.</source>
        <translation>Petèt sa deja rapòte: demann %1 (%2, %3), %4, rapòte %5.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="81"/>
        <source>Follow %1 instead</source>
        <translation>Swiv %1 pito</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="40"/>
        <source>Street and number, then Enter to find it</source>
        <translation>Ri ak nimewo, epi Enter pou jwenn li</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="41"/>
        <source>Address</source>
        <translation>Adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="44"/>
        <source>An address or a pin on the map is required. Press Enter to search for the address and move the pin.</source>
        <translation>Ou bezwen yon adrès oswa yon mak sou kat la. Peze Enter pou chèche adrès la epi deplase mak la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="48"/>
        <source>Find</source>
        <translation>Chèche</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="49"/>
        <source>Find the address on the map</source>
        <translation>Chèche adrès la sou kat la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="50"/>
        <source>Use &amp;my location</source>
        <translation>Sèvi ak kote &amp;m ye</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="51"/>
        <source>Use my location</source>
        <translation>Sèvi ak kote m ye</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="71"/>
        <source>About the location</source>
        <translation>Enfòmasyon sou kote a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="106"/>
        <source>Finding your location…</source>
        <translation>Ap chèche kote ou ye…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="149"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Kote sa a deyò %1; petèt vil la p ap okipe l.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="164"/>
        <source>This place is outside %1, and this kiosk sends reports only for places inside it. Move the pin into the city.</source>
        <translation>Kote sa a deyò %1, e kyòs sa a voye rapò sèlman pou kote ki anndan l. Deplase mak la nan vil la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="266"/>
        <source>The pin is not at this address: press Enter to find it, or move the pin.</source>
        <translation>Mak la pa sou adrès sa a: peze Enter pou jwenn li, oswa deplase mak la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="271"/>
        <source>No place on the map yet: the city gets the address alone, with no map position.</source>
        <translation>Poko gen kote sou kat la: vil la ap resevwa adrès la sèlman, san pozisyon sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="284"/>
        <source>No pin on the map yet.</source>
        <translation>Poko gen mak sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="286"/>
        <source>The pin is at %1.</source>
        <translation>Mak la sou %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="288"/>
        <source>The pin is at latitude %1, longitude %2.</source>
        <translation>Mak la nan latitid %1, lonjitid %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="298"/>
        <source>Looking up “%1”…</source>
        <translation>Ap chèche “%1”…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="309"/>
        <source>No place called “%1” was found, so the pin was taken off the map.</source>
        <translation>Pa t jwenn okenn kote ki rele “%1”, kidonk mak la retire sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="312"/>
        <source>%1 The pin was taken off the map.</source>
        <translation>%1 Mak la retire sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="315"/>
        <source>Place it on the map, or the city gets the address alone, with no map position.</source>
        <translation>Mete l sou kat la, sinon vil la ap resevwa adrès la sèlman, san pozisyon sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="326"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>Pa t jwenn okenn kote ki rele “%1”. Mete mak la sou kat la pito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/LocationSection.cpp" line="336"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>Jwenn %n kote; chwazi youn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="339"/>
        <source>Places found</source>
        <translation>Kote yo jwenn</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="50"/>
        <source>%1 could not be made ready to send.</source>
        <translation>Pa t ka prepare %1 pou l pati.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="80"/>
        <source>Images (%1)</source>
        <translation>Imaj (%1)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="113"/>
        <source>Add photos…</source>
        <translation>Ajoute foto…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="114"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="269"/>
        <source>Add photos</source>
        <translation>Ajoute foto</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="115"/>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="48"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="116"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="117"/>
        <source>Use the photo&apos;s location</source>
        <translation>Sèvi ak kote foto a te pran</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="135"/>
        <source>No photo attached.</source>
        <translation>Pa gen foto ki tache.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="149"/>
        <source>Photo message</source>
        <translation>Mesaj sou foto yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="156"/>
        <source>Photos are made smaller and sent without their hidden data (EXIF): no camera position, camera model or time leaves with them.</source>
        <translation>Foto yo vin pi piti epi yo pati san done kache yo (EXIF): ni pozisyon kamera a, ni modèl kamera a, ni lè a pa pati avè yo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="160"/>
        <source>About photos</source>
        <translation>Enfòmasyon sou foto yo</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="249"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="342"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="361"/>
        <source>A report can have at most %n photos; remove one to attach another.</source>
        <translation>
            <numerusform>Yon rapò pa ka gen plis pase %n foto; retire youn pou tache yon lòt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="312"/>
        <source>%1 is not in the folder photos can be attached from.</source>
        <translation>%1 pa nan dosye kote yo ka tache foto.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="319"/>
        <source>%1 was taken before this report was started.</source>
        <translation>%1 te pran anvan rapò sa a te kòmanse.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="323"/>
        <source>%1 is a folder, not a photo.</source>
        <translation>%1 se yon dosye, li pa yon foto.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="331"/>
        <source>%1 is attached already.</source>
        <translation>%1 deja tache.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="359"/>
        <source>The pasted image could not be read.</source>
        <translation>Pa t ka li imaj ou kole a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="366"/>
        <source>Pasted image %1</source>
        <translation>Imaj kole %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="531"/>
        <source>The position %1 was taken at</source>
        <translation>Pozisyon kote %1 te pran</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="540"/>
        <source>This city takes no photo uploads; put a link to your photo in the field below instead.</source>
        <translation>Vil sa a pa aksepte foto ou voye; mete yon lyen sou foto w la nan chan ki anba a pito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="543"/>
        <source>The photos attached will not be sent to this city.</source>
        <translation>Foto ki tache yo p ap pati pou vil sa a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="23"/>
        <source>Preparing…</source>
        <translation>Ap prepare…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="27"/>
        <source>Preparing %1</source>
        <translation>Ap prepare %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="37"/>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="38"/>
        <source>Remove photo %1</source>
        <translation>Retire foto %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="52"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="75"/>
        <source>No preview</source>
        <translation>Pa gen apèsi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="19"/>
        <source>The pin was not placed for “%1”: it was put there before the address was typed, or shows where this computer is. The city uses the pin to find the problem.</source>
        <translation>Mak la pa t mete pou “%1”: li te la anvan yo tape adrès la, oswa li montre kote òdinatè sa a ye. Vil la sèvi ak mak la pou jwenn pwoblèm nan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="23"/>
        <source>The pin was placed for “%1”, but the address now reads “%2”. The city uses the pin to find the problem.</source>
        <translation>Mak la te mete pou “%1”, men kounye a adrès la di “%2”. Vil la sèvi ak mak la pou jwenn pwoblèm nan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="26"/>
        <source>Which place is meant?</source>
        <translation>Ki kote ou vle di?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="27"/>
        <source>Send with the &amp;pin</source>
        <translation>Voye ak &amp;mak la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="28"/>
        <source>The pin&apos;s place goes to the city with the address as typed.</source>
        <translation>Kote mak la ap pati pou vil la ansanm ak adrès la jan li tape a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="30"/>
        <source>Send the &amp;address alone</source>
        <translation>Voye &amp;adrès la sèlman</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="31"/>
        <source>The pin is taken off; the city gets no map position.</source>
        <translation>Mak la retire; vil la p ap resevwa okenn pozisyon sou kat la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="33"/>
        <source>&amp;Back to the address</source>
        <translation>&amp;Retounen nan adrès la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="39"/>
        <source>Send it anyway?</source>
        <translation>Voye l kanmenm?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="40"/>
        <source>Send it &amp;anyway</source>
        <translation>Voye l k&amp;anmenm</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="41"/>
        <source>The report goes to this city with the pin where it is.</source>
        <translation>Rapò a ap pati pou vil sa a ak mak la kote li ye a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="43"/>
        <source>&amp;Back to the place</source>
        <translation>&amp;Retounen nan kote a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="30"/>
        <source>The service&apos;s questions</source>
        <translation>Kesyon sèvis la</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>D&amp;eskripsyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="36"/>
        <source>Description</source>
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="38"/>
        <source>What is wrong, and where exactly?</source>
        <translation>Ki pwoblèm nan, e ki kote egzakteman?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="41"/>
        <source>Characters used</source>
        <translation>Karaktè itilize</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="52"/>
        <source>Photo or page lin&amp;k</source>
        <translation>L&amp;yen foto oswa paj</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="54"/>
        <source>Link to a photo or page</source>
        <translation>Lyen sou yon foto oswa yon paj</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="55"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="60"/>
        <source>Send the report</source>
        <translation>Voye rapò a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="64"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/ReportDetails.cpp" line="88"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>Deskripsyon an limite a %1 karaktè. Sa ki rete deyò: %n.</numerusform>
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
        <translation>Sèvè tès: rapò ki voye isit la pa reyèl, e pèsonn p ap okipe yo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="56"/>
        <source>Test server</source>
        <translation>Sèvè tès</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="177"/>
        <source>Loading the questions the city asks about this service…</source>
        <translation>Ap chaje kesyon vil la poze sou sèvis sa a…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="315"/>
        <source>&amp;Service</source>
        <translation>&amp;Sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="317"/>
        <source>&amp;Address</source>
        <translation>&amp;Adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="319"/>
        <source>Sending…</source>
        <translation>Ap voye…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="320"/>
        <source>Se&amp;nd report</source>
        <translation>&amp;Voye rapò a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="366"/>
        <source>A photo is still being prepared; send again in a moment.</source>
        <translation>Yon foto toujou ap prepare; voye ankò nan yon ti moman.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="375"/>
        <source>The city&apos;s questions about this service have not arrived yet; the report can go once they are answered.</source>
        <translation>Kesyon vil la sou sèvis sa a poko rive; rapò a ka pati depi ou reponn yo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="417"/>
        <source>Sending the report…</source>
        <translation>Ap voye rapò a…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportFormText.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="27"/>
        <source>Type to filter, e.g. pothole</source>
        <translation>Tape pou filtre, pa egzanp twou</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="29"/>
        <source>Filter services</source>
        <translation>Filtre sèvis yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="34"/>
        <source>Services</source>
        <translation>Sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="44"/>
        <source>Description of the chosen service</source>
        <translation>Deskripsyon sèvis ki chwazi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="178"/>
        <source>No service chosen yet.</source>
        <translation>Poko gen sèvis ki chwazi.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportPresenter</name>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="29"/>
        <source>The draft could not be saved (the disk may be full). The report is still here in the form; send it, or free some space so that it can be kept.</source>
        <translation>Nou pa t kapab anrejistre bouyon an (petèt disk la plen). Rapò a toujou la nan fòmilè a; voye l, oswa libere kèk plas pou nou ka kenbe l.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="33"/>
        <source>The draft is saved again.</source>
        <translation>Bouyon an anrejistre ankò.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="51"/>
        <source>A waiting report went out: request id %1.</source>
        <translation>Yon rapò ki t ap tann pati: nimewo demann %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="61"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation>%1 Rapò a anrejistre nan bwat sòti a (nimewo %2) e l ap pati otomatikman lè li posib pou kontakte sèvè vil la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="69"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 Rapò a nan lis Bwat sòti a (nimewo %2), kote ou ka verifye ak vil la epi voye l ankò oswa note nimewo li.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSubmission</name>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="55"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>Pa ka voye rapò paske bwat sòti a pa disponib.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="78"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>Pa t ka anrejistre rapò a, kidonk li pa t pati. Anyen pa pèdi: li toujou nan fòm nan.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="85"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>Rapò a anrejistre nan bwat sòti a e l ap pati talè.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSummary</name>
    <message>
        <location filename="../lib/cli/ReportSummary.cpp" line="13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Open311::RequestCommands</name>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="56"/>
        <source>submit takes no positional arguments; use the options.</source>
        <translation>submit pa aksepte agiman pozisyonèl; sèvi ak opsyon yo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="84"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="101"/>
        <source>Warning: %1</source>
        <translation>Atansyon: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="95"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Kote sa a deyò %1; petèt vil la p ap okipe l.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="98"/>
        <source>%1 Nothing was sent; give --outside-area to send it anyway.</source>
        <translation>%1 Anyen pa t pati; bay --outside-area pou voye l kanmenm.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="117"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="144"/>
        <source>The service&apos;s attributes could not be checked first: %1</source>
        <translation>Pa t ka verifye atribi sèvis la anvan: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="127"/>
        <source>The city offers no service with the code %1 (see: open311 services).</source>
        <translation>Vil la pa ofri okenn sèvis ak kòd %1 (gade: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="134"/>
        <source>The service %1 has no attributes; leave out --attribute.</source>
        <translation>Sèvis %1 pa gen atribi; pa mete --attribute.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="169"/>
        <source>--lat takes a number of degrees.</source>
        <translation>--lat aksepte yon kantite degre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="178"/>
        <source>--lon takes a number of degrees.</source>
        <translation>--lon aksepte yon kantite degre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="194"/>
        <source>--attribute takes CODE=VALUE, such as --attribute SIZE=large.</source>
        <translation>--attribute aksepte KÒD=VALÈ, tankou --attribute SIZE=large.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="205"/>
        <source>--attribute, --address-id and --photo are GeoReport v2&apos;s; this endpoint speaks v1 (see --protocol).</source>
        <translation>--attribute, --address-id ak --photo se pou GeoReport v2; sèvè sa a sèvi ak v1 (gade --protocol).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="210"/>
        <source>%1 takes no photo uploads (its profile says so); give a link with --media-url instead.</source>
        <translation>%1 pa aksepte foto ou voye (pwofil li di sa); bay yon lyen ak --media-url pito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="226"/>
        <source>Give --description or --description-file, not both.</source>
        <translation>Bay --description oswa --description-file, pa toude.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="234"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation>Pa ka li fichye deskripsyon %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="288"/>
        <source>The report could not be written to the outbox %1 (the disk may be full), so it was not sent. Nothing already in the outbox was lost.</source>
        <translation>Nou pa t kapab ekri rapò a nan bwat sòti %1 (petèt disk la plen), kidonk nou pa voye l. Nou pa pèdi anyen ki te deja nan bwat sòti a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="307"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>Rapò a rete nan bwat sòti a ak nimewo %1 (gade: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="315"/>
        <source>The report was taken by another process.</source>
        <translation>Yon lòt pwosesis pran rapò a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="325"/>
        <source>The city answered with a token: it files the report later. It is followed in open311 track list until it has a request id; open311 track poll or open311 token %1 asks for it.</source>
        <translation>Vil la reponn ak yon token: l ap anrejistre rapò a pita. Y ap swiv li nan open311 track list jiskaske li gen yon nimewo demann; open311 track poll oswa open311 token %1 mande l.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="343"/>
        <source>status needs at least one service request id.</source>
        <translation>status bezwen omwen yon nimewo demann.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="383"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::RequestDetailsDialog</name>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>A report waiting in the outbox</source>
        <translation>Yon rapò k ap tann nan bwat sòti a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>Request %1</source>
        <translation>Demann %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="23"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation>%1
Eta: %2
Rapòte: %3
%4

%5</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>enkoni</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="31"/>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="32"/>
        <source>Follow this request</source>
        <translation>Swiv demann sa a</translation>
    </message>
</context>
<context>
    <name>Open311::RequestQueryCommands</name>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="46"/>
        <source>--status takes open or closed.</source>
        <translation>--status aksepte open oswa closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="56"/>
        <source>--%1 takes a date such as 2026-11-01, or a moment such as 2026-11-01T09:30:00Z.</source>
        <translation>--%1 aksepte yon dat tankou 2026-11-01, oswa yon moman tankou 2026-11-01T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="64"/>
        <source>--start is after --end.</source>
        <translation>--start vini apre --end.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="78"/>
        <source>--%1 takes a whole number from 1.</source>
        <translation>--%1 aksepte yon nonb antye, 1 oswa plis.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="89"/>
        <source>requests takes no positional arguments; use the options.</source>
        <translation>requests pa aksepte agiman pozisyonèl; sèvi ak opsyon yo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="110"/>
        <source>token takes one token.</source>
        <translation>token aksepte yon sèl token.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="132"/>
        <source>The city has not given token %1 a request id yet; ask again later.</source>
        <translation>Vil la poko bay token %1 yon nimewo demann; mande ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="167"/>
        <source>The city lists no request that matches.</source>
        <translation>Vil la pa gen okenn demann ki koresponn.</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="27"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy id</source>
        <translation>&amp;Kopye nimewo a</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="31"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>&amp;Print</source>
        <translation>En&amp;prime</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="34"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="108"/>
        <source>The report was filed. Request id:</source>
        <translation>Rapò a anrejistre. Nimewo demann:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="44"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Request id</source>
        <translation>Nimewo demann</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="46"/>
        <source>QR code of the request id</source>
        <translation>Kòd QR nimewo demann nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="49"/>
        <source>Scan the code with your phone, or write the number down: with it you can check on your report here or with the city.</source>
        <translation>Eskane kòd la ak telefòn ou, oswa ekri nimewo a: avè l ou ka verifye rapò ou a isit la oswa ak vil la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="54"/>
        <source>Copy the request id</source>
        <translation>Kopye nimewo demann nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="58"/>
        <source>What the city promises</source>
        <translation>Sa vil la pwomèt</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="59"/>
        <source>Start a new report</source>
        <translation>Kòmanse yon nouvo rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="79"/>
        <source>Print the request id</source>
        <translation>Enprime nimewo demann nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>Print</source>
        <translation>Enprime</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="92"/>
        <source>New report</source>
        <translation>Nouvo rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>&amp;New report</source>
        <translation>N&amp;ouvo rapò</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="106"/>
        <source>The report was received. The city gives it a number later; the Tracker shows it when it does. Token:</source>
        <translation>Vil la resevwa rapò a. L ap ba l yon nimewo pita; Swivi ap montre l lè sa fèt. Token:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Kopye token an</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="116"/>
        <source>Service: %1</source>
        <translation>Sèvis: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="118"/>
        <source>The city did not say when it will act.</source>
        <translation>Vil la pa t di ki lè l ap aji.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="119"/>
        <source>The city says: %1</source>
        <translation>Vil la di: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="155"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation>Nimewo demann: %1
Sèvis: %2
%3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxApiV2</name>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="78"/>
        <source>There is no GeoReport v2 method %1 here; methods end in .json or .xml.</source>
        <translation>Pa gen metòd GeoReport v2 %1 isit la; metòd yo fini ak .json oswa .xml.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="85"/>
        <source>%1 is not supported here.</source>
        <translation>%1 pa sipòte isit la.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="103"/>
        <source>There is no GeoReport v2 method %1 here.</source>
        <translation>Pa gen metòd GeoReport v2 %1 isit la.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="111"/>
        <source>api_key was not provided.</source>
        <translation>api_key pa t bay.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="115"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>api_key ki rive a pa valab -- pa ka kontinye ak create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="116"/>
        <source>Invalid api_key received -- can&apos;t proceed.</source>
        <translation>api_key ki rive a pa valab -- pa ka kontinye.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="122"/>
        <source>jurisdiction_id %1 was not found; this server serves %2.</source>
        <translation>Pa jwenn jurisdiction_id %1; sèvè sa a sèvi %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="141"/>
        <source>The service list back-end is down; try again later.</source>
        <translation>Sistèm lis sèvis la pa mache; eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="168"/>
        <source>The service %1 has no definition; its metadata is false.</source>
        <translation>Sèvis %1 pa gen definisyon; metadata li se false.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="169"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="214"/>
        <source>service_code %1 was not found.</source>
        <translation>Pa jwenn service_code %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="172"/>
        <source>The definitions back-end is down; try again later.</source>
        <translation>Sistèm definisyon yo pa mache; eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="211"/>
        <source>service_code was not provided.</source>
        <translation>service_code pa t bay.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="222"/>
        <source>lat and long must both be given as WGS84 degrees.</source>
        <translation>lat ak long dwe bay toude an degre WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="228"/>
        <source>A location is required: lat and long, address_string or address_id.</source>
        <translation>Yon kote obligatwa: lat ak long, address_string oswa address_id.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="231"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Deskripsyon an limite a 4&#xa0;000 karaktè.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="239"/>
        <source>attribute[%1]: %2</source>
        <translation>attribute[%1]: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="242"/>
        <source>The city&apos;s back-end is down; nothing was created. Try again later.</source>
        <translation>Sistèm vil la pa mache; anyen pa t kreye. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="269"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Pa t ka anrejistre demann nan; anyen pa t kreye.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="296"/>
        <source>At most 1,000 service_request_id can be asked at once.</source>
        <translation>Pa ka mande plis pase 1&#xa0;000 service_request_id an menm tan.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="306"/>
        <source>start_date and end_date must be ISO 8601 dates, such as 2026-12-01T00:00:00Z.</source>
        <translation>start_date ak end_date dwe dat ISO 8601, tankou 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="312"/>
        <source>end_date is before start_date.</source>
        <translation>end_date vini anvan start_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="315"/>
        <source>start_date and end_date may not span more than 90 days.</source>
        <translation>Pa ka gen plis pase 90 jou ant start_date ak end_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="321"/>
        <source>status must be open or closed, not %1.</source>
        <translation>status dwe open oswa closed, pa %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="331"/>
        <source>page and page_size must be whole numbers from 1.</source>
        <translation>page ak page_size dwe nonb antye, 1 oswa plis.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="333"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="361"/>
        <source>The requests back-end is down; try again later.</source>
        <translation>Sistèm demann yo pa mache; eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="359"/>
        <source>service_request_id %1 was not found.</source>
        <translation>Pa jwenn service_request_id %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="376"/>
        <source>token %1 was not found.</source>
        <translation>Pa jwenn token %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="378"/>
        <source>The tokens back-end is down; try again later.</source>
        <translation>Sistèm token yo pa mache; eseye ankò pita.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation>Pa ka li fichye sèvis %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="45"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>Fichye sèvis %1 pi gwo pase 16 MB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="58"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>Fichye sèvis la deklare yon DTD, sa ki pa aksepte.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>Liy %1 nan fichye sèvis la: chak sèvis bezwen yon service_code ak yon service_name.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation>Kòd sèvis %1 parèt de fwa nan fichye sèvis la.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="82"/>
        <source>The City will review this report within 5 business days.</source>
        <translation>Vil la ap egzamine rapò sa a nan 5 jou travay.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="94"/>
        <source>Line %1 of the services file: the type of %2 must be realtime, batch or blackbox.</source>
        <translation>Liy %1 nan fichye sèvis la: tip (type) %2 dwe realtime, batch oswa blackbox.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="102"/>
        <source>Department of Public Works</source>
        <translation>Depatman Travay Piblik</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="123"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>Fichye sèvis la pa yon XML ki byen fòme (liy %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="129"/>
        <source>The services file lists no services.</source>
        <translation>Fichye sèvis la pa gen okenn sèvis.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="145"/>
        <source>A service definition names the service %1, which the catalogue does not have.</source>
        <translation>Yon definisyon sèvis nonmen sèvis %1, ki pa nan katalòg la.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="36"/>
        <source>%1 Avenue</source>
        <translation>Avni %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1 Street</source>
        <translation>Ri %1</translation>
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
        <translation>ak</translation>
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
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="408"/>
        <source>%1 &amp; %2, %3</source>
        <translation>%1 ak %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="474"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxGeocoder.cpp" line="19"/>
        <source>Sandbox Country</source>
        <translation>Peyi Sandbox</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxDefinitions</name>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="24"/>
        <source>The service definitions declare a DTD, which is not accepted.</source>
        <translation>Definisyon sèvis yo deklare yon DTD, sa ki pa aksepte.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="33"/>
        <source>The service %1 has two definitions.</source>
        <translation>Sèvis %1 gen de definisyon.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="39"/>
        <source>The service definitions are not well-formed XML (line %1: %2).</source>
        <translation>Definisyon sèvis yo pa yon XML ki byen fòme (liy %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="71"/>
        <source>Line %1 of the service definitions: the attribute %2 appears twice.</source>
        <translation>Liy %1 nan definisyon sèvis yo: atribi %2 parèt de fwa.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="87"/>
        <source>Line %1 of the service definitions: a definition needs a service_code.</source>
        <translation>Liy %1 nan definisyon sèvis yo: yon definisyon bezwen yon service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="122"/>
        <source>Line %1 of the service definitions: the order must be a whole number.</source>
        <translation>Liy %1 nan definisyon sèvis yo: lòd (order) la dwe yon nonb antye.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="135"/>
        <source>Line %1 of the service definitions: an attribute needs a code.</source>
        <translation>Liy %1 nan definisyon sèvis yo: yon atribi bezwen yon kòd.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="139"/>
        <source>Line %1 of the service definitions: the datatype of %2 is not one of the spec&apos;s.</source>
        <translation>Liy %1 nan definisyon sèvis yo: tip done (datatype) %2 pa youn nan sa espesifikasyon an bay.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="146"/>
        <source>Line %1 of the service definitions: the list %2 has no values.</source>
        <translation>Liy %1 nan definisyon sèvis yo: lis %2 pa gen valè.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="173"/>
        <source>Line %1 of the service definitions: every value of %2 needs a key of its own.</source>
        <translation>Liy %1 nan definisyon sèvis yo: chak valè %2 bezwen pwòp kle (key) pa l.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxMedia</name>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="28"/>
        <source>%1 is not supported here; photos are only read.</source>
        <translation>%1 pa sipòte isit la; isit la, yo ka sèlman li foto yo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="43"/>
        <source>There is no such photo here.</source>
        <translation>Pa gen foto sa a isit la.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="93"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="123"/>
        <source>Missing API Key</source>
        <translation>Kle API a manke</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="95"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="190"/>
        <source>Invalid API Key</source>
        <translation>Kle API a pa valab</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="98"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="127"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="192"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation>city_id enkoni; sèvè sa a sèvi %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="101"/>
        <source>Service list back-end is down; try again later.</source>
        <translation>Sistèm lis sèvis la pa mache; eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="125"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>api_key ki rive a pa valab -- pa ka kontinye ak create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="130"/>
        <source>Missing service_code</source>
        <translation>service_code manke</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="133"/>
        <source>Invalid service_code %1</source>
        <translation>service_code %1 pa valab</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="141"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>lat ak lon dwe bay toude an degre WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="144"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation>Ou dwe bay lat/lon oswa address_string.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="147"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Deskripsyon an limite a 4&#xa0;000 karaktè.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="149"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Lagan WS pa mache; anyen pa t kreye. Eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="164"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Pa t ka anrejistre demann nan; anyen pa t kreye.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="188"/>
        <source>Missing API key</source>
        <translation>Kle API a manke</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="194"/>
        <source>Status back-end is down; try again later.</source>
        <translation>Sistèm eta yo pa mache; eseye ankò pita.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="200"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>Nimewo a pa valab, oswa w ap eseye chèche yon demann ou pa t kreye</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="19"/>
        <source>Assigned to crew</source>
        <translation>Nan men yon ekip</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="20"/>
        <source>Inspection scheduled</source>
        <translation>Enspeksyon pwograme</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="21"/>
        <source>Crew on site</source>
        <translation>Ekip la sou plas</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="24"/>
        <source>Repaired. Thank you for your report.</source>
        <translation>Repare. Mèsi pou rapò ou a.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="25"/>
        <source>Completed by the street maintenance crew.</source>
        <translation>Ekip antretyen lari yo fin fè travay la.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="28"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation>Menm pwoblèm ak yon rapò anvan; fèmen.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="66"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>Vil fòmasyon an pa ka koute sou %1 pò %2: %3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="195"/>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="199"/>
        <source>The training city&apos;s database</source>
        <translation>Baz done vil fòmasyon an</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="232"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation>Pa ka sèvi ak baz done vil fòmasyon an, %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Discovery</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="46"/>
        <source>Use the API key %1; it opens nothing real.</source>
        <translation>Sèvi ak kle API %1; li pa louvri anyen reyèl.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="47"/>
        <source>Ask whoever runs this training city for an API key.</source>
        <translation>Mande moun ki jere vil fòmasyon sa a yon kle API.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="51"/>
        <source>The Open311 Reporter training city: a practice server that files nothing real.</source>
        <translation>Vil fòmasyon Open311 Reporter: yon sèvè pou pratike ki pa anrejistre anyen reyèl.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Form</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="32"/>
        <source>The body must be application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Kò demann nan dwe application/x-www-form-urlencoded oswa multipart/form-data, pa %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="39"/>
        <source>%1 is not an attribute: write attribute[code] or attribute[code][].</source>
        <translation>%1 pa yon atribi: ekri attribute[code] oswa attribute[code][].</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="65"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="66"/>
        <source>Photo %1 (%2)</source>
        <translation>Foto %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="68"/>
        <source>At most %1 photos can be sent with one request.</source>
        <translation>Pa ka voye plis pase %1 foto ak yon demann.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="72"/>
        <source>%1 is larger than 8 MiB.</source>
        <translation>%1 pi gwo pase 8 MiB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="78"/>
        <source>%1 is neither a JPEG nor a PNG image.</source>
        <translation>%1 pa ni yon imaj JPEG ni yon imaj PNG.</translation>
    </message>
</context>
<context>
    <name>Open311::SchemaMigration</name>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="40"/>
        <source>%1 %2 was written by a newer version of the app.</source>
        <translation>%1 %2 soti nan yon vèsyon aplikasyon an ki pi nouvo.</translation>
    </message>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="69"/>
        <source>%1 %2 cannot be set up, and was left as it was: %3</source>
        <translation>Pa ka prepare %1 %2, kidonk yo kite l jan l te ye a: %3</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceArea</name>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="31"/>
        <source>The service area&apos;s feature collection has no list of features.</source>
        <translation>Koleksyon eleman zòn sèvis la pa gen lis eleman.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="35"/>
        <source>A feature of the service area is not an object.</source>
        <translation>Yon eleman nan zòn sèvis la pa yon objè.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="56"/>
        <source>The coordinates of the service area&apos;s %1 are not nested as GeoJSON requires.</source>
        <translation>Kowòdone %1 zòn sèvis la pa anbrike jan GeoJSON mande a.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="68"/>
        <source>A geometry of the service area is not an object.</source>
        <translation>Yon jewometri nan zòn sèvis la pa yon objè.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="81"/>
        <source>The service area&apos;s %1 has no list of coordinates.</source>
        <translation>%1 zòn sèvis la pa gen lis kowòdone.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="100"/>
        <source>The service area&apos;s GeoJSON object has no type.</source>
        <translation>Objè GeoJSON zòn sèvis la pa gen tip.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="102"/>
        <source>The service area&apos;s GeoJSON type &quot;%1&quot; is not known.</source>
        <translation>Tip GeoJSON &quot;%1&quot; zòn sèvis la enkoni.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="127"/>
        <source>The service area has more than %1 positions and was not read.</source>
        <translation>Zòn sèvis la gen plis pase %1 pozisyon; yo pa t li l.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="145"/>
        <source>A position in the service area is not a longitude and latitude pair.</source>
        <translation>Yon pozisyon nan zòn sèvis la pa yon pè lonjitid ak latitid.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="151"/>
        <source>The service area has a position outside the world: longitude %1, latitude %2.</source>
        <translation>Zòn sèvis la gen yon pozisyon ki deyò latè: lonjitid %1, latitid %2.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="159"/>
        <source>A ring of the service area has fewer than four positions.</source>
        <translation>Yon wonn nan zòn sèvis la gen mwens pase kat pozisyon.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="200"/>
        <source>The service area is larger than 16 MB and was not read.</source>
        <translation>Zòn sèvis la pi gwo pase 16 MB; yo pa t li l.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="205"/>
        <source>The service area is not valid GeoJSON: %1.</source>
        <translation>Zòn sèvis la pa yon GeoJSON ki valab: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="207"/>
        <source>The service area is not a GeoJSON object.</source>
        <translation>Zòn sèvis la pa yon objè GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="212"/>
        <source>The service area has no polygon.</source>
        <translation>Zòn sèvis la pa gen okenn poligòn.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="244"/>
        <location filename="../lib/map/ServiceArea.cpp" line="249"/>
        <source>The service area file %1 cannot be read: %2</source>
        <translation>Pa ka li fichye zòn sèvis %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceAreaLoader</name>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="52"/>
        <source>The service area&apos;s address uses plain HTTP, which nobody allowed for this jurisdiction.</source>
        <translation>Adrès zòn sèvis la sèvi ak HTTP san chifreman, e pèsonn pa t pèmèt sa pou jiridiksyon sa a.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="73"/>
        <source>The city&apos;s server answered %1 for its service area.</source>
        <translation>Sèvè vil la reponn %1 lè yo mande zòn sèvis li.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="74"/>
        <source>The service area could not be fetched: %1</source>
        <translation>Pa t ka telechaje zòn sèvis la: %1</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="76"/>
        <source>it is larger than 16 MB, or took too long</source>
        <translation>li pi gwo pase 16 MB, oswa li pran twòp tan</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="77"/>
        <source>the server could not be reached</source>
        <translation>pa t ka kontakte sèvè a</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceCommands</name>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="32"/>
        <source>services takes no arguments.</source>
        <translation>services pa aksepte agiman.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>CODE</source>
        <translation>KÒD</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>NAME</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="64"/>
        <source>(has attributes: open311 definition %1)</source>
        <translation>(gen atribi: open311 definition %1)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="66"/>
        <source>(batch: answers with a token)</source>
        <translation>(pa lo: reponn ak yon token)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="78"/>
        <source>definition takes one service code.</source>
        <translation>definition aksepte yon sèl kòd sèvis.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="103"/>
        <source>(information) %1</source>
        <translation>(enfòmasyon) %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>required</source>
        <translation>obligatwa</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>optional</source>
        <translation>opsyonèl</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="113"/>
        <source>The service %1 asks nothing beyond the report itself.</source>
        <translation>Sèvis %1 pa mande anyen anplis rapò a li menm.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceDefinition</name>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="33"/>
        <source>The service %1 has no attribute “%2” to fill in.</source>
        <translation>Sèvis %1 pa gen atribi “%2” pou ranpli.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="46"/>
        <source>“%1” is required.</source>
        <translation>“%1” obligatwa.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="51"/>
        <source>“%1” takes one value, not %2.</source>
        <translation>“%1” aksepte yon sèl valè, pa %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="62"/>
        <source>“%1” must be a number, such as 12 or 3.5.</source>
        <translation>“%1” dwe yon nonb, tankou 12 oswa 3.5 (ak yon pwen, pa yon vigil).</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="68"/>
        <source>“%1” must be a date and time such as 2026-12-01T14:30:00.</source>
        <translation>“%1” dwe yon dat ak lè tankou 2026-12-01T14:30:00.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="78"/>
        <source>“%1” is not one of the choices for “%2”.</source>
        <translation>“%1” pa youn nan chwa pou “%2” yo.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="88"/>
        <source>“%1” lists a choice twice.</source>
        <translation>“%1” gen yon chwa de fwa.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceListModel</name>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="40"/>
        <source>Other services</source>
        <translation>Lòt sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="80"/>
        <source>Group: %1</source>
        <translation>Gwoup: %1</translation>
    </message>
</context>
<context>
    <name>Open311::SettingsDialog</name>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="36"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>Jurisdictions</source>
        <translation>Jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajoute</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Add from its &amp;web address…</source>
        <translation>Ajo&amp;ute ak adrès wèb li…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="42"/>
        <source>Add a city from its web address</source>
        <translation>Ajoute yon vil ak adrès wèb li</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="43"/>
        <source>D&amp;uplicate</source>
        <translation>Kop&amp;ye</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="45"/>
        <source>&amp;Import…</source>
        <translation>&amp;Enpòte…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>E&amp;xport…</source>
        <translation>Ek&amp;spòte…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>jurisdiction</source>
        <translation>jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="59"/>
        <source>GeoReport v1 (deprecated)</source>
        <translation>GeoReport v1 (demode)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>JSON, with XML where JSON fails</source>
        <translation>JSON, ak XML lè JSON pa mache</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="62"/>
        <source>XML only</source>
        <translation>XML sèlman</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="63"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>Pèmèt HTTP san chifreman (kle a pase san pwoteksyon)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="69"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="70"/>
        <source>Reports carry an account id</source>
        <translation>Rapò yo gen yon id kont</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="71"/>
        <source>Takes p&amp;hotos with a report (multipart media, v2)</source>
        <translation>Aksepte f&amp;oto ak rapò a (multipart media, v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Some v2 cities, Helsinki&apos;s among them, take photos uploaded with a report. Others take only a link.</source>
        <translation>Gen kèk vil v2, tankou Helsinki, ki aksepte foto ki voye ak yon rapò. Lòt yo aksepte yon lyen sèlman.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation>Youn pa liy: yon adrès https oswa yon fichye (KML, GeoJSON oswa CSV)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Feed problems</source>
        <translation>Pwoblèm fil done yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="119"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="158"/>
        <source>New API key</source>
        <translation>Nouvo kle API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Set &amp;key</source>
        <translation>&amp;Mete kle a</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Remove ke&amp;y</source>
        <translation>Ret&amp;ire kle a</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>&amp;Save jurisdiction</source>
        <translation>Sove &amp;jiridiksyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="93"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Teste koneksyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="97"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="125"/>
        <source>Let the map glide on after a flick</source>
        <translation>Kite kat la kontinye glise apre ou voye l vit</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="99"/>
        <source>As the system</source>
        <translation>Menm jan ak sistèm nan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Server address</source>
        <translation>Adrès sèvè</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>City id</source>
        <translation>Id vil</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Protocol</source>
        <translation>Pwotokòl</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>Answer format</source>
        <translation>Fòma repons</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Allow plain HTTP</source>
        <translation>Pèmèt HTTP san chifreman</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Map tiles</source>
        <translation>Kawo kat</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Map attribution</source>
        <translation>Atribisyon kat</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Address search</source>
        <translation>Rechèch adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Tracker interval</source>
        <translation>Entèval Swivi</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Uses account id</source>
        <translation>Sèvi ak id kont</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Takes photo uploads</source>
        <translation>Aksepte foto</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="117"/>
        <source>Feeds of existing requests</source>
        <translation>Fil done demann ki egziste deja</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="118"/>
        <source>Service area</source>
        <translation>Zòn sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="120"/>
        <source>Set the API key</source>
        <translation>Mete kle API a</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="121"/>
        <source>Remove the API key</source>
        <translation>Retire kle API a</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Save the jurisdiction</source>
        <translation>Sove jiridiksyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>Test the connection</source>
        <translation>Teste koneksyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>&amp;Name</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Ser&amp;ver</source>
        <translation>Sè&amp;vè</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Pwotokòl</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;City id</source>
        <translation>I&amp;d vil</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>F&amp;ormat (v2)</source>
        <translation>&amp;Fòma (v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="141"/>
        <source>&amp;Map tiles</source>
        <translation>&amp;Kawo kat</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>Map attri&amp;bution</source>
        <translation>Atri&amp;bisyon kat</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>A&amp;ddress search</source>
        <translation>Re&amp;chèch adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Track&amp;er interval</source>
        <translation>Entèval S&amp;wivi</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="147"/>
        <source>Service area &amp;file or address</source>
        <translation>&amp;Zòn sèvis: fichye oswa adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Existin&amp;g requests</source>
        <translation>Demann ki e&amp;gziste deja</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>API key</source>
        <translation>Kle API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="193"/>
        <source>New jurisdiction</source>
        <translation>Nouvo jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="206"/>
        <source>A copy: change it, then save it.</source>
        <translation>Yon kopi: chanje l, apre sa sove l.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="226"/>
        <source>The API key was saved in the keychain.</source>
        <translation>Kle API a sove nan pòtkle a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="236"/>
        <source>The API key was removed.</source>
        <translation>Kle API a retire.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="242"/>
        <source>Export jurisdiction</source>
        <translation>Ekspòte jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="243"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Jurisdiction files (*.json)</source>
        <translation>Fichye jiridiksyon (*.json)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="250"/>
        <source>Exported to %1 (without the API key).</source>
        <translation>Ekspòte nan %1 (san kle API a).</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="251"/>
        <source>Could not write %1: %2</source>
        <translation>Pa t ka ekri %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Import jurisdiction</source>
        <translation>Enpòte jiridiksyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="267"/>
        <source>%1 cannot be read.</source>
        <translation>Pa ka li %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="273"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation>Enpòte: verifye l, apre sa sove l epi mete kle API li.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="284"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Lang nan ap chanje pwochen fwa aplikasyon an demare.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="305"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (demode)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="347"/>
        <source>Built in: runs inside the app</source>
        <translation>Entegre: li mache anndan aplikasyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="348"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation>Entegre: pwòp kat vil fòmasyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="349"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation>Entegre: lari vil fòmasyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="351"/>
        <source>Built in: the training city&apos;s own edge</source>
        <translation>Entegre: pwòp limit vil fòmasyon an</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="354"/>
        <source>Empty: OpenStreetMap</source>
        <translation>Vid: OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="355"/>
        <source>Needed for any map but OpenStreetMap&apos;s</source>
        <translation>Obligatwa pou tout kat ki pa OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="356"/>
        <source>GeoJSON: an https address or a file</source>
        <translation>GeoJSON: yon adrès https oswa yon fichye</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="362"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Mande yon kle&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="365"/>
        <source>Managed by your administrator.</source>
        <translation>Se administratè w la ki jere l.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="425"/>
        <source>Found. Ask the city for an API key (the link above), then save.</source>
        <translation>Jwenn li. Mande vil la yon kle API (lyen ki anwo a), apre sa sove.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="426"/>
        <source>Found. Check the fields, then save.</source>
        <translation>Jwenn li. Verifye chan yo, apre sa sove.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="442"/>
        <source>Saved.</source>
        <translation>Sove.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="449"/>
        <source>Not needed</source>
        <translation>Pa nesesè</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="455"/>
        <source>Checking…</source>
        <translation>Ap verifye…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="463"/>
        <source>Not available</source>
        <translation>Pa disponib</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="465"/>
        <source>Not set</source>
        <translation>Pa defini</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="466"/>
        <source>Set by the administrator</source>
        <translation>Administratè a defini l</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="467"/>
        <source>Set</source>
        <translation>Defini</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="483"/>
        <source>Testing the connection…</source>
        <translation>Ap teste koneksyon an…</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="495"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>Konekte: sèvè a ofri %n sèvis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="497"/>
        <source>The connection failed: %1</source>
        <translation>Koneksyon an echwe: %1</translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="33"/>
        <source>Filter the services</source>
        <translation>Filtre sèvis yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="34"/>
        <source>Go on from the service filter to the address</source>
        <translation>Pase soti nan filt sèvis yo pou ale nan adrès la</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="35"/>
        <source>Type the address</source>
        <translation>Tape adrès la</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="36"/>
        <source>Find the address and move the pin there</source>
        <translation>Chèche adrès la epi mete mak la sou li</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Map: move the view</source>
        <translation>Kat: deplase vi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Arrow keys</source>
        <translation>Touch flèch</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="38"/>
        <source>Map: zoom in, zoom out</source>
        <translation>Kat: rapwoche, eloyen</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="39"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="40"/>
        <source>Map: drop the pin at the centre</source>
        <translation>Kat: mete mak la nan mitan</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="41"/>
        <source>%1 or %2</source>
        <translation>%1 oswa %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="43"/>
        <source>Next field, previous field</source>
        <translation>Pwochen chan, chan anvan</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>A field or button by its underlined letter</source>
        <translation>Yon chan oswa yon bouton pa lèt ki souliye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>Alt+letter</source>
        <translation>Alt+lèt</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="47"/>
        <source>Send the report</source>
        <translation>Voye rapò a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="48"/>
        <source>Start the next report</source>
        <translation>Kòmanse pwochen rapò a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="49"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation>Pwochen onglè (Rapò, Swivi, Bwat sòti)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="50"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation>Swiv nimewo demann ki tape nan Swivi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="51"/>
        <source>Reload the city&apos;s services</source>
        <translation>Rechaje sèvis vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="52"/>
        <source>Settings</source>
        <translation>Paramèt</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="53"/>
        <source>This list</source>
        <translation>Lis sa a</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="54"/>
        <source>Quit</source>
        <translation>Soti</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="61"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Rakousi klavye</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>To</source>
        <translation>Pou</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>Press</source>
        <translation>Peze</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="45"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>Pa ka kreye dosye %1 pou %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="53"/>
        <source>it is not an SQLite file</source>
        <translation>li pa yon fichye SQLite</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="60"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>Pa ka louvri %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="77"/>
        <source>%1 (%2) cannot be opened: the disk may be full, or the file may not be written (%3). Nothing in it was changed.</source>
        <translation>Nou pa ka louvri %1 (%2): petèt disk la plen, oswa nou pa ka ekri nan fichye a (%3). Nou pa chanje anyen ladan l.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="81"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>Pa ka li %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="101"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="108"/>
        <source>%1 could not be renamed to %2.</source>
        <translation>Pa t ka chanje non %1 pou %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="118"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation>%1 (%2) domaje oswa li pa yon baz done aplikasyon sa a ka li (%3). Yo kite fichye a jan li ye a.</translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="21"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation>Mete fichye domaje a &amp;sou kote epi kòmanse yon lòt</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="22"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation>Mete fichye domaje a sou kote epi kòmanse yon lòt</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="24"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation>Li chanje non fichye a epi li kòmanse yon fichye vid; anyen pa efase.</translation>
    </message>
</context>
<context>
    <name>Open311::TileLoader</name>
    <message>
        <location filename="../lib/map/TileLoader.cpp" line="198"/>
        <source>The map&apos;s tile server uses plain HTTP, which nobody allowed for this jurisdiction. Use an https:// address, or allow plain HTTP in Settings.</source>
        <translation>Sèvè kawo kat la sèvi ak HTTP san chifreman, e pèsonn pa t pèmèt sa pou jiridiksyon sa a. Sèvi ak yon adrès https://, oswa pèmèt HTTP san chifreman nan Paramèt.</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="14"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© kontribitè OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="34"/>
        <source>Map tiles: %1</source>
        <translation>Kawo kat: %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackCommands</name>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="39"/>
        <source>Use %1.</source>
        <translation>Sèvi ak %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="43"/>
        <source>track add needs at least one service request id.</source>
        <translation>track add bezwen omwen yon nimewo demann.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="47"/>
        <source>track %1 takes no arguments.</source>
        <translation>track %1 pa aksepte agiman.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="76"/>
        <source>%1 could not be followed: the Tracker file %2 could not be written (the disk may be full). Nothing already followed was lost.</source>
        <translation>Nou pa t kapab swiv %1: nou pa t kapab ekri fichye Swivi %2 la (petèt disk la plen). Nou pa pèdi anyen nan demann w ap swiv deja yo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/TrackCommands.cpp" line="82"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>Ap swiv %n demann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="101"/>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="101"/>
        <source>no id yet</source>
        <translation>poko gen nimewo</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="152"/>
        <source>Token %1 is now request %2.</source>
        <translation>Token %1 se demann %2 kounye a.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="159"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation>%1 verifye, %2 chanje, %3 echwe.</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="89"/>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="91"/>
        <source>Closed</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="98"/>
        <source>Unknown to the city</source>
        <translation>Vil la pa konnen l</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Not checked yet</source>
        <translation>Poko verifye</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Check failed</source>
        <translation>Verifikasyon echwe</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="117"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="119"/>
        <source>Waiting for the city&apos;s number</source>
        <translation>Ap tann nimewo vil la</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="121"/>
        <source>This service files reports in batches; the number comes when the city has filed it.</source>
        <translation>Sèvis sa a anrejistre rapò yo pa lo; nimewo a ap vini lè vil la fin anrejistre l.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="193"/>
        <source>Now</source>
        <translation>Kounye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="209"/>
        <source>Request id</source>
        <translation>Nimewo demann</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="211"/>
        <source>Service</source>
        <translation>Sèvis</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="213"/>
        <source>Address or location</source>
        <translation>Adrès oswa kote</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="215"/>
        <source>Submitted</source>
        <translation>Dat voye</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="217"/>
        <source>Status</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="219"/>
        <source>Latest notes</source>
        <translation>Dènye nòt</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="221"/>
        <source>Last checked</source>
        <translation>Dènye verifikasyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="223"/>
        <source>Next check</source>
        <translation>Pwochen verifikasyon</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="39"/>
        <source>Show &amp;archived</source>
        <translation>Montre &amp;achiv yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>&amp;Swiv</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="44"/>
        <source>R&amp;efresh</source>
        <translation>M&amp;ete ajou</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="45"/>
        <source>Refresh a&amp;ll</source>
        <translation>Mete &amp;tout ajou</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="46"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Ar&amp;chive</source>
        <translation>A&amp;chive</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation>Ret&amp;ire</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="48"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;kspòte CSV…</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="67"/>
        <source>Followed requests</source>
        <translation>Demann w ap swiv</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="69"/>
        <source>Filter by id, service, address or notes</source>
        <translation>Filtre pa nimewo, sèvis, adrès oswa nòt</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="71"/>
        <source>Filter followed requests</source>
        <translation>Filtre demann w ap swiv yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="72"/>
        <source>All statuses</source>
        <translation>Tout eta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation>Vil la pa konnen l</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="76"/>
        <source>Check failing</source>
        <translation>Verifikasyon ap echwe</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="77"/>
        <source>Status filter</source>
        <translation>Filt eta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="78"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="79"/>
        <source>Request id to follow</source>
        <translation>Nimewo demann pou swiv</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="81"/>
        <source>Follow this request id</source>
        <translation>Swiv nimewo demann sa a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="82"/>
        <source>Check the selected request now</source>
        <translation>Verifye demann ki chwazi a kounye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="83"/>
        <source>Check every open request now</source>
        <translation>Verifye tout demann ki louvri yo kounye a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="84"/>
        <source>Archive or restore the selected request</source>
        <translation>Achive oswa retabli demann ki chwazi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="85"/>
        <source>Stop following the selected request</source>
        <translation>Sispann swiv demann ki chwazi a</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="86"/>
        <source>Export the table with its history as CSV</source>
        <translation>Ekspòte tablo a ak istwa li an CSV</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="87"/>
        <source>Show archived requests</source>
        <translation>Montre demann ki achive yo</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="90"/>
        <source>F&amp;ilter</source>
        <translation>&amp;Filt</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="92"/>
        <source>Sho&amp;wing</source>
        <translation>Eta de&amp;mann</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="94"/>
        <source>Request i&amp;d</source>
        <translation>Nimew&amp;o demann</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="113"/>
        <source>About the empty list</source>
        <translation>Enfòmasyon sou lis vid la</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>Export the Tracker</source>
        <translation>Ekspòte Swivi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichye CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="181"/>
        <source>No followed request matches the filter.</source>
        <translation>Pa gen demann w ap swiv ki koresponn ak filt la.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="184"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation>Tout demann w ap swiv yo achive; “Montre achiv yo” montre yo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="186"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation>Rapò ou voye yo parèt isit la, ak sa vil la di sou yo. Pou swiv yon demann ki fèt yon lòt kote, tape nimewo li anba a.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Re&amp;store</source>
        <translation>Retab&amp;li</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="231"/>
        <source>Request %1</source>
        <translation>Demann %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="232"/>
        <source>Details of request %1</source>
        <translation>Detay demann %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="238"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation>Demann %1: %2 — %3
%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="240"/>
        <source>No address given</source>
        <translation>Pa gen adrès</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="245"/>
        <source>Notes: %1</source>
        <translation>Nòt: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="247"/>
        <source>Handled by: %1</source>
        <translation>Responsab: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="250"/>
        <source>Expected by: %1</source>
        <translation>Prevwa pou: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="256"/>
        <source>The city says: %1</source>
        <translation>Vil la di: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="259"/>
        <source>&lt;a href=&quot;%1&quot;&gt;The city&apos;s photo or page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Foto oswa paj vil la&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="267"/>
        <source>What the city says of request %1</source>
        <translation>Sa vil la di sou demann %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="278"/>
        <source>History of request %1</source>
        <translation>Istwa demann %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>When</source>
        <translation>Kilè</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Status</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="305"/>
        <source>Where request %1 was reported</source>
        <translation>Kote demann %1 te rapòte</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="190"/>
        <location filename="../lib/store/TrackerStore.cpp" line="193"/>
        <source>The tracker</source>
        <translation>Swivi a</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerTab</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="29"/>
        <source>The city gave the report with token %1 its number: %2.</source>
        <translation>Vil la bay rapò ki gen token %1 la nimewo li: %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="32"/>
        <source>A report has its number</source>
        <translation>Yon rapò gen nimewo li</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="40"/>
        <source>A report changed</source>
        <translation>Yon rapò chanje</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="49"/>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker</source>
        <translation>S&amp;wivi</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>S&amp;wivi (%n nouvo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="120"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation>Demann %1 (%2) kounye a: %3.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="122"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation>Demann %1 (%2) kounye a: %3: %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="133"/>
        <source>The Tracker was exported to %1.</source>
        <translation>Swivi ekspòte nan %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="136"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation>Pa t ka ekspòte Swivi nan %1: %2</translation>
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
        <translation>Sèvè a reponn ak yon paj wèb olye done GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="47"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>Repons lan deklare yon tip dokiman (DTD), GeoReport pa janm sèvi ak sa; yo refize l pou sekirite.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="51"/>
        <source>The server sent an empty answer.</source>
        <translation>Sèvè a voye yon repons vid.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="55"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Repons sèvè a pa XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="58"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Sèvè a reponn &lt;%1&gt; kote yo t ap tann &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="105"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Repons sèvè a pa t rive nèt.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="107"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Repons sèvè a pa yon XML ki byen fòme: %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="114"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation>Repons sèvè a pa gen ni rezilta ni erè.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="196"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation>Repons sèvè a pou rapò a pa gen nimewo demann.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="218"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation>Repons eta sèvè a pa gen eta.</translation>
    </message>
</context>
<context>
    <name>Open311::V2Codec</name>
    <message>
        <location filename="../lib/core/V2Codec.cpp" line="76"/>
        <source>The server&apos;s answer is neither XML nor JSON.</source>
        <translation>Repons sèvè a pa ni XML ni JSON.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="25"/>
        <source>The server&apos;s answer is not the %1 answer that was asked for.</source>
        <translation>Repons sèvè a pa repons %1 yo te mande a.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="30"/>
        <source>The server wrote an id as a number that cannot be read back as it was written, so it would come out as a different id.</source>
        <translation>Sèvè a ekri yon id kòm yon nonb ki pa ka li ankò jan li te ekri a, kidonk li ta tounen yon lòt id.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="42"/>
        <source>The server&apos;s answer was cut short; it is not valid JSON.</source>
        <translation>Repons sèvè a pa t rive nèt; li pa yon JSON ki valab.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="44"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Repons sèvè a pa yon JSON ki valab (%1 nan okte %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="53"/>
        <source>The server answered with a JSON object where a list was expected.</source>
        <translation>Sèvè a reponn ak yon objè JSON kote yo t ap tann yon lis.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="60"/>
        <source>The server answered with a JSON list where an object was expected.</source>
        <translation>Sèvè a reponn ak yon lis JSON kote yo t ap tann yon objè.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="66"/>
        <source>The server&apos;s JSON answer gives “%1” in a form GeoReport does not use.</source>
        <translation>Repons JSON sèvè a bay “%1” nan yon fòm GeoReport pa sèvi.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="67"/>
        <source>The server sent an empty answer.</source>
        <translation>Sèvè a voye yon repons vid.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="73"/>
        <source>The server listed a service without a service_code, so it could not be chosen.</source>
        <translation>Sèvè a bay yon sèvis san service_code, kidonk pa t ka chwazi l.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="75"/>
        <source>The server listed the service “%1” without a service_code, so it could not be chosen.</source>
        <translation>Sèvè a bay sèvis “%1” san service_code, kidonk pa t ka chwazi l.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="82"/>
        <source>The server&apos;s answer to the report lists no request.</source>
        <translation>Repons sèvè a pou rapò a pa gen okenn demann.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="87"/>
        <source>The server&apos;s answer to the report has neither a service request id nor a token.</source>
        <translation>Repons sèvè a pou rapò a pa gen ni nimewo demann ni token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="93"/>
        <source>The server listed a request with neither a service_request_id nor a token.</source>
        <translation>Sèvè a bay yon demann ki pa gen ni service_request_id ni token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="142"/>
        <source>The service definition has an attribute without a code, so it could not be answered.</source>
        <translation>Definisyon sèvis la gen yon atribi san kòd, kidonk pa t ka reponn li.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="147"/>
        <source>The service definition lists a choice without a key for “%1”.</source>
        <translation>Definisyon sèvis la gen yon chwa san kle (key) pou “%1”.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2WireCodec.cpp" line="233"/>
        <source>The server listed no request with this id.</source>
        <translation>Sèvè a pa bay okenn demann ak nimewo sa a.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="56"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Repons sèvè a pa t rive nèt.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="195"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Repons sèvè a pa XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="198"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>Sèvè a reponn ak yon paj wèb olye done GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="202"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>Repons lan deklare yon tip dokiman (DTD), GeoReport pa janm sèvi ak sa; yo refize l pou sekirite.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="223"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Sèvè a reponn &lt;%1&gt; kote yo t ap tann &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="236"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Repons sèvè a pa yon XML ki byen fòme: %1.</translation>
    </message>
</context>
<context>
    <name>Open311::WindowDialogs</name>
    <message>
        <location filename="../lib/gui/window/WindowDialogs.cpp" line="45"/>
        <source>Kept in memory only</source>
        <translation>Nan memwa sèlman</translation>
    </message>
</context>
<context>
    <name>Open311::WireCodec</name>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="25"/>
        <source>discovery documents</source>
        <translation>dokiman dekouvèt</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="28"/>
        <source>service definitions</source>
        <translation>definisyon sèvis</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="31"/>
        <source>lists of requests</source>
        <translation>lis demann</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="34"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="40"/>
        <source>This city&apos;s server speaks GeoReport %1, which has no %2. Use a GeoReport v2 endpoint (--protocol v2).</source>
        <translation>Sèvè vil sa a sèvi ak GeoReport %1, ki pa gen %2. Sèvi ak yon sèvè GeoReport v2 (--protocol v2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="56"/>
        <source>Open311 Reporter needs a graphical session, and none was found (DISPLAY is not set).</source>
        <translation>Open311 Reporter bezwen yon sesyon grafik, e pa t jwenn okenn (DISPLAY pa defini).</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="59"/>
        <source>Open311 Reporter could not reach the display %1. Check that the graphical session is running, then start it again.</source>
        <translation>Open311 Reporter pa t ka jwenn ekran %1. Verifye si sesyon grafik la ap mache, apre sa lanse l ankò.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="80"/>
        <source>Open the built-in training city.</source>
        <translation>Louvri vil fòmasyon entegre a.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="82"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation>Mache kòm yon kyòs piblik: tout ekran, san paramèt, ak reyinisyalizasyon lè pa gen aktivite; se PIN administratè a ki pèmèt soti.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="86"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation>Li yon PIN administratè kyòs nan antre estanda a epi ekri liy kiosk/adminPin pou konfigirasyon sistèm nan.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="90"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>Pou mezi pèfòmans: ekri ki lè premye imaj la parèt ak memwa a lè li an repo, apre sa soti.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="100"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN lan bezwen omwen 4 karaktè.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="115"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation>Open311 Reporter ap mache deja pou itilizatè sa a men li pa reponn. Fèmen l, oswa fini pwosesis li, epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="121"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation>Open311 Reporter ap mache deja; fenèt li vin devan.</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="47"/>
        <source>The Open311 Reporter training city: a GeoReport server for a fictional city, speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, definitions, requests and tokens, in .json and .xml) on the same port, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>Vil fòmasyon Open311 Reporter: yon sèvè GeoReport pou yon vil imajinè, ki sèvi ak v1 anba /dev/V1/ ak v2 anba /dev/v2/ (dekouvèt, sèvis, definisyon, demann ak token, an .json ak .xml) sou menm pò a, ak pwòp kawo kat li (/tiles/{z}/{x}/{y}.png) ak yon jeokodè ki konpatib ak Nominatim (/geocoder/search, /geocoder/reverse). Li pa anrejistre anyen reyèl.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>Pò TCP; 0 chwazi yon pò lib epi ekri l (8311 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>PORT</source>
        <translation>PÒ</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="59"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adrès pou koute (127.0.0.1 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>ADDRESS</source>
        <translation>ADRÈS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62"/>
        <source>Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 is always under /dev/v2/.</source>
        <translation>Prefiks chemen metòd GeoReport v1 yo (/dev/V1/ pa defo). GeoReport v2 toujou anba /dev/v2/.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <location filename="../app/sandbox/main.cpp" line="78"/>
        <source>PATH</source>
        <translation>CHEMEN</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>The city_id to accept (default %1).</source>
        <translation>city_id pou aksepte (%1 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>Yon kle API ki aksepte; repete pou plizyè. Chak kle wè sèlman pwòp demann pa l. Pa defo: %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>KEY</source>
        <translation>KLE</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Accept the API keys in this file, one per line, so that keys that matter stay out of the process list.</source>
        <translation>Aksepte kle API ki nan fichye sa a, youn pa liy, pou kle ki enpòtan yo pa parèt nan lis pwosesis yo.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="77"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation>Fichye SQLite ki kenbe demann yo.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="80"/>
        <source>A service_list XML file replacing the built-in catalogue. Its services may carry the v2 attributes group, keywords, type and agency_responsible, and the file may hold v2 &lt;service_definition&gt; elements.</source>
        <translation>Yon fichye XML service_list ki ranplase katalòg entegre a. Sèvis li yo ka gen atribi v2 group, keywords, type ak agency_responsible, e fichye a ka gen eleman v2 &lt;service_definition&gt;.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="83"/>
        <source>FILE</source>
        <translation>FICHYE</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>Konbyen segond yon demann pase nan chak etap eta (120 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="86"/>
        <location filename="../app/sandbox/main.cpp" line="105"/>
        <source>SECONDS</source>
        <translation>SEGOND</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation>Semans pou tan eta yo ak pàn yo (311 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="88"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="89"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Retade chak repons kantite milisegond sa a.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="90"/>
        <location filename="../app/sandbox/main.cpp" line="100"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="92"/>
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302 (v1) or 400 (v2).</source>
        <translation>Pati apèl GeoReport (0 a 1) ki echwe tankou yon sèvè ki malad: HTTP 500, koneksyon ki koupe, blokaj, kò ki pa konplè, oswa erè 204/102/302 (v1) oswa 400 (v2).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="98"/>
        <source>Milliseconds a stalled call waits before its connection is closed (default: 2 minutes, past any client&apos;s timeout).</source>
        <translation>Konbyen milisegonn yon apèl ki bloke tann anvan koneksyon li fèmen (pa defo: 2 minit, plis pase tan nenpòt kliyan tann).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102"/>
        <source>Seconds before the token of a v2 batch service&apos;s request turns into an id (default %1).</source>
        <translation>Konbyen segond anvan token yon demann pou yon sèvis pa lo v2 tounen yon nimewo (%1 pa defo).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="113"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port aksepte yon nonb ant 0 ak 65535.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="116"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind aksepte yon adrès IP, tankou 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Nou pa ka li fichye kle %1 la: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="131"/>
        <source>The key file %1 holds no key.</source>
        <translation>Pa gen okenn kle nan fichye kle %1 la.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="143"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation>--pace aksepte yon kantite segond ki pozitif.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="146"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed aksepte yon nonb antye.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="149"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation>--latency aksepte yon kantite milisegond.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="152"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>--fault-rate aksepte yon nonb ant 0 ak 1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="155"/>
        <source>--stall takes a number of milliseconds.</source>
        <translation>--stall pran yon kantite milisegonn.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="158"/>
        <source>--batch-delay takes a number of seconds from 0 to 86400.</source>
        <translation>--batch-delay aksepte yon kantite segond ant 0 ak 86400.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="167"/>
        <source>Training city listening on %1</source>
        <translation>Vil fòmasyon ap koute sou %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="168"/>
        <source>GeoReport v2: %1 (discovery.json)</source>
        <translation>GeoReport v2: %1 (discovery.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sandbox/main.cpp" line="172"/>
        <source>City id: %1; %n API key(s); data in %2</source>
        <translation>
            <numerusform>Id vil: %1; %n kle API; done nan %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="176"/>
        <source>Tiles: %1</source>
        <translation>Kawo kat: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="177"/>
        <source>Geocoder: %1</source>
        <translation>Jeokodè: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="181"/>
        <source>Stopping the training city.</source>
        <translation>Ap kanpe vil fòmasyon an.</translation>
    </message>
</context>
</TS>
