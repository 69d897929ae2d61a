<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="15"/>
        <source>About %1</source>
        <translation>Tungkol sa %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="24"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation>Nag-uulat ng mga problemang hindi emergency sa Open311 GeoReport v1 server ng isang lungsod at sinusubaybayan ang bawat ulat hanggang maisara ito. Tumatakbo sa Qt %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="38"/>
        <source>Outbox and drafts</source>
        <translation>Outbox at mga draft</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="39"/>
        <source>Followed requests</source>
        <translation>Mga sinusubaybayang kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="40"/>
        <source>Training city</source>
        <translation>Lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
</context>
<context>
    <name>Open311::AccessibleText</name>
    <message>
        <location filename="../lib/gui/widgets/AccessibleText.cpp" line="60"/>
        <source>Required.</source>
        <translation>Kailangan.</translation>
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
        <translation>GeoReport v2 (draft)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="74"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="77"/>
        <source>%1, production</source>
        <translation>%1, pang-produksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="79"/>
        <source>%1 (test)</source>
        <translation>%1 (pansubok)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="81"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="83"/>
        <source>%1, production or test not stated</source>
        <translation>%1, hindi sinabi kung pang-produksiyon o pansubok</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="91"/>
        <source>JSON and XML</source>
        <translation>JSON at XML</translation>
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
        <translation>Magdagdag ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="119"/>
        <source>&amp;Address of the city&apos;s server or discovery document</source>
        <translation>&amp;Address ng server ng lungsod o ng discovery document nito</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="122"/>
        <source>Allow plain &amp;HTTP (the API key would travel unencrypted)</source>
        <translation>Payagan ang &amp;HTTP na walang encryption (hindi protektado ang API key)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="123"/>
        <source>&amp;Read</source>
        <translation>&amp;Basahin</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="130"/>
        <source>&amp;Endpoints</source>
        <translation>Mga &amp;endpoint</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="133"/>
        <source>Needed by GeoReport v1, and by servers with several cities</source>
        <translation>Kailangan sa GeoReport v1, at sa mga server na may ilang lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="141"/>
        <source>Add &amp;the city</source>
        <translation>Idagdag ang &amp;lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="145"/>
        <source>Address of the city&apos;s server or discovery document</source>
        <translation>Address ng server ng lungsod o ng discovery document nito</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="146"/>
        <source>Allow plain HTTP</source>
        <translation>Payagan ang HTTP na walang encryption</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="147"/>
        <source>Read the city&apos;s server</source>
        <translation>Basahin ang server ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="148"/>
        <source>About the city</source>
        <translation>Tungkol sa lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="149"/>
        <source>Endpoints</source>
        <translation>Mga endpoint</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="150"/>
        <source>Jurisdiction id</source>
        <translation>ID ng hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="151"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="152"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="153"/>
        <source>Add the city</source>
        <translation>Idagdag ang lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="163"/>
        <source>Jurisdiction &amp;id</source>
        <translation>&amp;ID ng hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>Pa&amp;ngalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="255"/>
        <source>Reading the city&apos;s server…</source>
        <translation>Binabasa ang server ng lungsod…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="269"/>
        <source>The city&apos;s server could not be reached: %1</source>
        <translation>Hindi makakonekta sa server ng lungsod: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="297"/>
        <source>This address has no discovery document, but a GeoReport v2 server answers there.</source>
        <translation>Walang discovery document sa address na ito, pero may GeoReport v2 server na sumasagot dito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="311"/>
        <source>No discovery document was found at this address, and no GeoReport server answers there. %1</source>
        <translation>Walang nakitang discovery document sa address na ito, at walang GeoReport server na sumasagot dito. %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="322"/>
        <source>This address has no discovery document, but a GeoReport v1 server answers there.</source>
        <translation>Walang discovery document sa address na ito, pero may GeoReport v1 server na sumasagot dito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="343"/>
        <source>The city&apos;s discovery document lists no GeoReport endpoint.</source>
        <translation>Walang nakalistang GeoReport endpoint sa discovery document ng lungsod.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="348"/>
        <source>The city&apos;s discovery document lists %n endpoint(s); the one to use is selected.</source>
        <translation>
            <numerusform>May %n endpoint na nakalista sa discovery document ng lungsod; napili na ito.</numerusform>
            <numerusform>May %n endpoint na nakalista sa discovery document ng lungsod; napili na ang dapat gamitin.</numerusform>
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
        <translation>Mga API key: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="433"/>
        <source> (test)</source>
        <translation> (pansubok)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="434"/>
        <source>Test endpoint: reports filed here are not real.</source>
        <translation>Pansubok na endpoint: hindi totoo ang mga ulat na ipinapadala rito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="449"/>
        <source>Give the city a name.</source>
        <translation>Bigyan ng pangalan ang lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="452"/>
        <source>A GeoReport v1 server needs the city&apos;s id: enter it under Jurisdiction id (for example sfgov.org).</source>
        <translation>Kailangan ng GeoReport v1 server ang ID ng lungsod: ilagay ito sa ID ng hurisdiksiyon (halimbawa, sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::AppSession</name>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="46"/>
        <source>The city&apos;s service area could not be loaded: %1</source>
        <translation>Hindi ma-load ang saklaw na lugar ng lungsod: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="164"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation>Nasira ang mga tala ng lungsod-pagsasanay; itinabi ang mga ito bilang %1 at magsisimula itong muli mula sa simula.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city over GeoReport v1</source>
        <translation>Lungsod-pagsasanay sa GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city (Sandbox City)</source>
        <translation>Lungsod-pagsasanay (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="188"/>
        <source>Training city map</source>
        <translation>Mapa ng lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="207"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation>Hindi pa naka-set up ang hurisdiksiyong “%1”.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="209"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation>Hindi tama ang pagkaka-set up ng hurisdiksiyong %1: %2 Buksan ang Mga Setting para ayusin ito.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="218"/>
        <source>The training city could not start: %1</source>
        <translation>Hindi masimulan ang lungsod-pagsasanay: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="232"/>
        <source>Fetching the API key…</source>
        <translation>Kinukuha ang API key…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="239"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation>Walang API key para sa %1. Ilagay ito sa Mga Setting (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="344"/>
        <source>Loading services…</source>
        <translation>Nilo-load ang mga serbisyo…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="350"/>
        <source>Not connected: %1</source>
        <translation>Hindi nakakonekta: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="354"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>Nakakonekta: %n serbisyo</numerusform>
            <numerusform>Nakakonekta: %n serbisyo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="373"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation>Hindi ma-load ang mga umiiral na kahilingan mula sa %1: %2</translation>
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
            <numerusform>%1: hindi isinama ang %n kahilingang walang magagamit na latitud at longhitud.</numerusform>
            <numerusform>%1: hindi isinama ang %n kahilingang walang magagamit na latitud at longhitud.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="421"/>
        <source>Request %1 could not be added to the Tracker: its file could not be written (the disk may be full). Nothing already followed was lost; free some space and follow it again from the Tracker tab.</source>
        <translation>Hindi maidagdag ang kahilingan %1 sa Pagsubaybay: hindi maisulat ang file nito (maaaring puno na ang disk). Walang nawala sa mga sinusubaybayan na; magbakante ng espasyo at subaybayan itong muli mula sa tab na Pagsubaybay.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="477"/>
        <source>Not connected yet.</source>
        <translation>Hindi pa nakakonekta.</translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="56"/>
        <source>The server %1 refused the connection.</source>
        <translation>Tinanggihan ng server na %1 ang koneksiyon.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>Hindi mahanap ang server na %1. Suriin ang address at ang network.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="61"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Isinara ng server na %1 ang koneksiyon bago ito sumagot.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>Hindi makagawa ng ligtas na koneksiyon sa %1: hindi pinagkakatiwalaan o hindi wasto ang certificate nito. Walang naipadala.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="68"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation>Inilipat ng server na %1 ang kahilingan sa ibang address. Hindi ito sinundan, para manatili ang API key sa server ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="72"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>Naputol ang koneksiyon sa %1 matapos maipadala ang kahilingan.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="75"/>
        <source>The network is not available.</source>
        <translation>Hindi magamit ang network.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Nabigo ang koneksiyon sa %1 (error sa network %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="150"/>
        <source>Give a service request id.</source>
        <translation>Ilagay ang numero ng kahilingan.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="171"/>
        <source>Give a service code.</source>
        <translation>Ilagay ang code ng serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="195"/>
        <source>Give a token.</source>
        <translation>Ilagay ang token.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="220"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>nabigo ang server na may HTTP status %1 habang pinoproseso ito.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="362"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation>Mas malaki sa %1 ang sagot ng server; pinutol ito para sa kaligtasan.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="368"/>
        <source>the server did not answer in time.</source>
        <translation>hindi sumagot ang server sa takdang oras.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="378"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Hindi buo ang dumating na sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="390"/>
        <source>The server sent no HTTP answer.</source>
        <translation>Walang ipinadalang HTTP na sagot ang server.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandContext</name>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="78"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation>Walang hurisdiksiyong “%1” (tingnan: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="83"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation>Tumatakbo ang lungsod-pagsasanay sa loob ng app. Simulan ang open311-sandbox at gamitin ang --endpoint.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="104"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation>Walang API key para sa %1. Maglagay nito sa mga setting ng app, mag-install ng key file, o i-set ang OPEN311_API_KEY.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="120"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang API key file na %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="152"/>
        <source>--protocol takes v1 or v2.</source>
        <translation>Tumatanggap ang --protocol ng v1 o v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="158"/>
        <source>Give --city-id or --jurisdiction-id, not both.</source>
        <translation>Ibigay ang --city-id o ang --jurisdiction-id, hindi pareho.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="177"/>
        <source>--format takes json or xml.</source>
        <translation>Tumatanggap ang --format ng json o xml.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="223"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>Tumatanggap ang --timeout ng bilang ng segundo mula 0 hanggang 3600.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="43"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 or v2 server.</source>
        <translation>Nag-uulat ng mga problemang hindi emergency sa Open311 GeoReport v1 o v2 server ng isang lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="44"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="116"/>
        <source>Commands:</source>
        <translation>Mga utos:</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="46"/>
        <source>Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation>Isinusulat muna sa outbox ang bawat ipapadala bago ito ipadala, at ipinapadala ito nang hindi hihigit sa isang beses; direktang nagpapadala ang --no-outbox.

Binabasa ang API key mula sa environment variable na %1 o mula sa --api-key-file; hindi ito kailanman ibinibigay bilang argumento.

Mga exit code: 0 tagumpay, 2 error sa paggamit o pag-validate (walang naipadala), 3 sumagot ang server ng Open311 error, 4 pagkabigo sa HTTP, network, timeout o protocol, 5 hindi alam ang kinalabasan ng isang pagpapadala.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="57"/>
        <source>%1 (see the commands above).</source>
        <translation>%1 (tingnan ang mga utos sa itaas).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="60"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation>Gumamit ng naka-set up na hurisdiksiyon (tingnan: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61"/>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>Ang base URL ng server, hal. https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <source>The city id the server expects.</source>
        <translation>Ang ID ng lungsod na inaasahan ng server.</translation>
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
        <translation>Ang bersiyon ng GeoReport ng server: v1 (ang default) o v2; may sariling bersiyon ang bawat profile.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="68"/>
        <source>VERSION</source>
        <translation>BERSIYON</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="70"/>
        <source>GeoReport v2: the jurisdiction_id, where the server serves several cities.</source>
        <translation>GeoReport v2: ang jurisdiction_id, kung maraming lungsod ang pinagsisilbihan ng server.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="73"/>
        <source>GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again in XML.</source>
        <translation>GeoReport v2: humingi ng json (ang default) o xml; kapag hindi wasto ang JSON, hihingin itong muli sa XML.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="75"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="77"/>
        <source>GeoReport v2: ask for service names and questions in this language (the server&apos;s locale parameter); a profile that lists its server&apos;s languages picks the interface language&apos;s.</source>
        <translation>GeoReport v2: hingin ang mga pangalan ng serbisyo at ang mga tanong sa wikang ito (ang locale parameter ng server); kapag nakalista sa profile ang mga wika ng server nito, ang wika ng interface ang pinipili.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="80"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Ilang segundo ang paghihintay sa sagot (default 30).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="82"/>
        <source>SECONDS</source>
        <translation>SEGUNDO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>Payagan ang http:// endpoint na walang encryption na wala sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85"/>
        <source>Print JSON for scripts.</source>
        <translation>Mag-print ng JSON para sa mga script.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>Read the API key from this file.</source>
        <translation>Basahin ang API key mula sa file na ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="114"/>
        <source>Name a command: %1.</source>
        <translation>Pumili ng utos: %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="118"/>
        <source>Options: open311 --help</source>
        <translation>Mga opsiyon: open311 --help</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="124"/>
        <source>Unknown command “%1”. Use %2.</source>
        <translation>Hindi kilalang utos na “%1”. Gamitin ang %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="133"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation>Ibigay ang --profile o ang --endpoint, hindi pareho.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineWording</name>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="16"/>
        <source>Give the service with --service-code CODE (see: open311 services).</source>
        <translation>Ibigay ang serbisyo gamit ang --service-code CODE (tingnan: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="19"/>
        <source>Give a location: --lat and --lon, or --address.</source>
        <translation>Magbigay ng lokasyon: --lat at --lon, o --address.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="24"/>
        <source>Give both --lat and --lon, or neither.</source>
        <translation>Ibigay nang magkasama ang --lat at --lon, o huwag ang alinman.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="26"/>
        <source>--lat must be between -90 and 90 degrees.</source>
        <translation>Dapat nasa pagitan ng -90 at 90 digri ang --lat.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="28"/>
        <source>--lon must be between -180 and 180 degrees.</source>
        <translation>Dapat nasa pagitan ng -180 at 180 digri ang --lon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="35"/>
        <source>The --description-file has %1 characters; the city accepts at most %2.</source>
        <translation>May %1 karakter ang --description-file; hanggang %2 lang ang tinatanggap ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="37"/>
        <source>The --description has %1 characters; the city accepts at most %2.</source>
        <translation>May %1 karakter ang --description; hanggang %2 lang ang tinatanggap ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="42"/>
        <source>--email does not look like an email address (name@example.org).</source>
        <translation>Mukhang hindi email address ang --email (name@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="45"/>
        <source>--media-url takes a full web address starting with http:// or https://.</source>
        <translation>Tumatanggap ang --media-url ng buong web address na nagsisimula sa http:// o https://.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="63"/>
        <source>The endpoint %1 uses plain HTTP, which would send the API key unencrypted. Use https://, or give --allow-http to send it anyway.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang endpoint na %1, kaya ipapadala ang API key nang hindi naka-encrypt. Gamitin ang https://, o ibigay ang --allow-http para ipadala pa rin ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="69"/>
        <source>--endpoint must start with https:// (or http://, with --allow-http when the server is not this machine).</source>
        <translation>Dapat magsimula ang --endpoint sa https:// (o http://, kasama ang --allow-http kapag hindi ang computer na ito ang server).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="73"/>
        <source>--endpoint takes the server&apos;s full address, such as https://city.example/dev/V1/.</source>
        <translation>Tumatanggap ang --endpoint ng buong address ng server, gaya ng https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="77"/>
        <source>Give the city id with --city-id ID (or OPEN311_CITY_ID), for example --city-id sfgov.org.</source>
        <translation>Ibigay ang ID ng lungsod gamit ang --city-id ID (o OPEN311_CITY_ID), halimbawa --city-id sfgov.org.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="86"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation>Ibigay ang server gamit ang --endpoint URL (o OPEN311_ENDPOINT), o isang --profile.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="91"/>
        <source>No API key was given. Set the environment variable OPEN311_API_KEY, or give --api-key-file PATH (never the key itself as an argument).</source>
        <translation>Walang ibinigay na API key. I-set ang environment variable na OPEN311_API_KEY, o ibigay ang --api-key-file PATH (huwag kailanman ang mismong key bilang argumento).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="97"/>
        <source>OPEN311_API_KEY is set but blank. Put the city&apos;s API key in it, or give --api-key-file PATH.</source>
        <translation>Naka-set ang OPEN311_API_KEY pero walang laman. Ilagay dito ang API key ng lungsod, o ibigay ang --api-key-file PATH.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="103"/>
        <source>The API key file %1 is empty. Write the city&apos;s API key in it, or set OPEN311_API_KEY.</source>
        <translation>Walang laman ang API key file na %1. Isulat dito ang API key ng lungsod, o i-set ang OPEN311_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandStores</name>
    <message>
        <location filename="../lib/cli/CommandStores.cpp" line="26"/>
        <source>Use --no-outbox to send without it.</source>
        <translation>Gamitin ang --no-outbox para magpadala nang wala ito.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandTable</name>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <source>submit, requests: the service code.</source>
        <translation>submit, requests: ang code ng serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <source>submit: latitude (WGS84).</source>
        <translation>submit: latitud (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>DEGREES</source>
        <translation>DIGRI</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>submit: longitude (WGS84).</source>
        <translation>submit: longhitud (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="36"/>
        <source>submit: the address as a person would write it.</source>
        <translation>submit: ang address ayon sa pagkakasulat ng isang tao.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="37"/>
        <location filename="../lib/cli/CommandTable.cpp" line="45"/>
        <source>TEXT</source>
        <translation>TEKSTO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation>submit: ang email ng nag-uulat.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <source>submit: the device id.</source>
        <translation>submit: ang ID ng device.</translation>
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
        <translation>submit: ang ID ng account.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <source>submit: first name.</source>
        <translation>submit: pangalan.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>submit: last name.</source>
        <translation>submit: apelyido.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>submit: phone number.</source>
        <translation>submit: numero ng telepono.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="44"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit: ang paglalarawan (hanggang 4,000 karakter).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="46"/>
        <source>submit: read the description from a file.</source>
        <translation>submit: basahin ang paglalarawan mula sa isang file.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="47"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>submit: a link to a photo or page.</source>
        <translation>submit: link sa isang larawan o pahina.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>submit (v2): the location as an id of the city&apos;s address database.</source>
        <translation>submit (v2): ang lokasyon bilang ID sa database ng mga address ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="52"/>
        <source>submit (v2): an answer to the service&apos;s definition; repeat it, and repeat a code for each value of a multivaluelist.</source>
        <translation>submit (v2): sagot sa depinisyon ng serbisyo; ulitin ito, at ulitin ang isang code para sa bawat halaga ng multivaluelist.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="54"/>
        <source>CODE=VALUE</source>
        <translation>CODE=HALAGA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="56"/>
        <source>submit (v2): a photo to upload with the report, for a city that takes uploads; repeat it for more. It is made smaller and sent without its EXIF data.</source>
        <translation>submit (v2): larawang ia-upload kasama ng ulat, para sa lungsod na tumatanggap ng upload; ulitin ito para sa higit pa. Pinaliliit ito at ipinapadala nang wala ang EXIF data nito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="58"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="59"/>
        <source>submit: send directly, without the outbox.</source>
        <translation>submit: direktang ipadala, nang hindi dumadaan sa outbox.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="61"/>
        <source>submit: send even when the place is outside the jurisdiction&apos;s service area.</source>
        <translation>submit: ipadala kahit nasa labas ng saklaw na lugar ng hurisdiksiyon ang lokasyon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>requests: only this service.</source>
        <translation>requests: ang serbisyong ito lang.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>requests: open or closed.</source>
        <translation>requests: open o closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>STATUS</source>
        <translation>KATAYUAN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="66"/>
        <source>requests: filed on or after this date (ISO 8601).</source>
        <translation>requests: naihain sa petsang ito o pagkatapos nito (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="67"/>
        <location filename="../lib/cli/CommandTable.cpp" line="69"/>
        <source>DATE</source>
        <translation>PETSA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="68"/>
        <source>requests: filed on or before this date (ISO 8601).</source>
        <translation>requests: naihain sa petsang ito o bago nito (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>requests: these ids, separated by commas.</source>
        <translation>requests: ang mga numero ng kahilingang ito, pinaghihiwalay ng kuwit.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="71"/>
        <source>requests: this page, where the server offers paging.</source>
        <translation>requests: ang pahinang ito, kung may paging ang server.</translation>
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
        <translation>requests: bilang ng resulta bawat pahina, kasama ang --page.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="75"/>
        <source>requests: ask for the server&apos;s extra fields (extensions=true) and print every field the spec does not name.</source>
        <translation>requests: hingin ang mga dagdag na field ng server (extensions=true) at i-print ang bawat field na hindi binabanggit ng spec.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="80"/>
        <source>outbox list: the reports of every endpoint, not only this one&apos;s.</source>
        <translation>outbox list: ang mga ulat ng bawat endpoint, hindi lang ng isang ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="87"/>
        <source>the jurisdictions configured on this computer</source>
        <translation>ang mga hurisdiksiyong naka-set up sa computer na ito</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="90"/>
        <source>list the city&apos;s services</source>
        <translation>ilista ang mga serbisyo ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="94"/>
        <source>the endpoints a city&apos;s discovery document lists (v2)</source>
        <translation>ang mga endpoint na nakalista sa discovery document ng isang lungsod (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="98"/>
        <source>the attributes a service asks for (v2)</source>
        <translation>ang mga attribute na hinihingi ng isang serbisyo (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="102"/>
        <source>file a new report at --lat/--lon or --address</source>
        <translation>maghain ng bagong ulat sa --lat/--lon o --address</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="105"/>
        <source>show the status of reports</source>
        <translation>ipakita ang katayuan ng mga ulat</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="112"/>
        <source>list the city&apos;s requests (v2; 90 days or 1,000 by default)</source>
        <translation>ilista ang mga kahilingan ng lungsod (v2; 90 araw o 1,000 bilang default)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="117"/>
        <source>the request id a batch service&apos;s token became (v2)</source>
        <translation>ang numero ng kahilingang naging kapalit ng token ng isang batch na serbisyo (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="122"/>
        <source>reports not yet sent, and why (this endpoint&apos;s, or --all)</source>
        <translation>mga ulat na hindi pa naipapadala, at kung bakit (sa endpoint na ito, o --all)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="124"/>
        <source>send what waits in the outbox for this endpoint</source>
        <translation>ipadala ang naghihintay sa outbox para sa endpoint na ito</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="126"/>
        <source>send a report again (after checking it did not arrive)</source>
        <translation>ipadalang muli ang isang ulat (matapos tiyaking hindi ito dumating)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="128"/>
        <source>remove a report from the outbox</source>
        <translation>alisin ang isang ulat sa outbox</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="134"/>
        <source>follow requests (sent reports are followed by themselves)</source>
        <translation>subaybayan ang mga kahilingan (kusang sinusubaybayan ang mga naipadalang ulat)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="136"/>
        <source>the followed requests and their last known status</source>
        <translation>ang mga sinusubaybayang kahilingan at ang huling alam na katayuan nila</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="138"/>
        <source>check every followed request that is not closed, once</source>
        <translation>suriin nang isang beses ang bawat sinusubaybayang kahilingan na hindi pa sarado</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="171"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="250"/>
        <source>The option --%1 belongs to the %2 command.</source>
        <translation>Para sa utos na %2 ang opsiyong --%1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="253"/>
        <source>The option --%1 belongs to %2.</source>
        <translation>Para sa %2 ang opsiyong --%1.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionCache</name>
    <message>
        <location filename="../lib/session/DefinitionCache.cpp" line="115"/>
        <source>There is no jurisdiction to ask for its questions.</source>
        <translation>Walang hurisdiksiyong mahihingan ng mga tanong nito.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionPresenter</name>
    <message>
        <location filename="../lib/gui/report/DefinitionPresenter.cpp" line="17"/>
        <source>The city&apos;s questions about this service could not be loaded: %1 The report can still go; the city will say if it needs more.</source>
        <translation>Hindi ma-load ang mga tanong ng lungsod tungkol sa serbisyong ito: %1 Maipapadala pa rin ang ulat; sasabihin ng lungsod kung may kailangan pa ito.</translation>
    </message>
</context>
<context>
    <name>Open311::DiscoveryCommand</name>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="25"/>
        <source>discover takes one URL: a discovery document, or the folder that holds discovery.json.</source>
        <translation>Tumatanggap ang discover ng isang URL: isang discovery document, o ang folder na naglalaman ng discovery.json.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="64"/>
        <source>* the endpoint to use: production GeoReport v2.</source>
        <translation>* ang endpoint na gagamitin: pang-produksiyong GeoReport v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="66"/>
        <source>This document lists no GeoReport v2 endpoint.</source>
        <translation>Walang nakalistang GeoReport v2 endpoint sa dokumentong ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="68"/>
        <source>Contact: %1</source>
        <translation>Kontak: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="70"/>
        <source>API keys: %1</source>
        <translation>Mga API key: %1</translation>
    </message>
</context>
<context>
    <name>Open311::DraftStore</name>
    <message>
        <location filename="../lib/store/DraftStore.cpp" line="50"/>
        <location filename="../lib/store/DraftStore.cpp" line="53"/>
        <source>The drafts</source>
        <translation>mga draft</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="44"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>Hindi wastong URL ang endpoint. Ibigay ang buong address, gaya ng https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="50"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>Dapat magsimula ang endpoint sa https:// (o http:// kung pinapayagan ang HTTP na walang encryption).</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="55"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang endpoint, kaya ipapadala ang API key nang hindi naka-encrypt. Gamitin ang https://, o tahasang payagan ang HTTP na walang encryption.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="60"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>Walang laman ang ID ng lungsod. Kailangan ito ng mga GeoReport v1 server (halimbawa, sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation>Walang naipadalang API key.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation>Hindi tinatanggap ng server ang API key na ito.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation>Hindi maibigay ng server ang listahan nito ng mga serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation>Walang napiling serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation>Hindi iniaalok ng server ang napiling serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation>Hindi maihain ng server ang ulat; walang nalikha.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>Hindi kilala ng server ang numero ng kahilingang ito, o inihain ito gamit ang ibang API key.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="33"/>
        <source>The server refused the request as incomplete or invalid.</source>
        <translation>Tinanggihan ng server ang kahilingan dahil kulang o hindi wasto ito.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="35"/>
        <source>The server does not accept this API key, or none was sent.</source>
        <translation>Hindi tinatanggap ng server ang API key na ito, o walang naipadala.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="37"/>
        <source>The server does not know what was asked for.</source>
        <translation>Hindi alam ng server kung ano ang hinihingi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="39"/>
        <source>The server reported an error.</source>
        <translation>Nag-ulat ng error ang server.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="99"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>Mali ang address ng server o hindi tumatakbo ang serbisyo (HTTP 404). Suriin ang URL ng endpoint.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="102"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Nagkaroon ng internal na problema ang server (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="104"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Sumagot ang server ng HTTP status %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="121"/>
        <source>The server did not answer in time.</source>
        <translation>Hindi sumagot ang server sa takdang oras.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="129"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Hindi maintindihan ang sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="138"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>Maaaring nakarating o hindi nakarating ang ulat sa lungsod: %1 Hindi na ito ipinadalang muli, para hindi ito maihain nang dalawang beses.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="149"/>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="151"/>
        <source>The server said: “%1”</source>
        <translation>Sabi ng server: “%1”</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="156"/>
        <source>It began with: “%1”</source>
        <translation>Nagsimula ito sa: “%1”</translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="76"/>
        <location filename="../lib/map/FeedLoader.cpp" line="91"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation>Mas malaki sa 64 MB ang feed na %1 at hindi ito binasa.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="77"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation>Hindi makuha ang feed na %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="110"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation>Mas malaki sa 64 MB ang feed at hindi ito binasa.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="121"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation>Hindi KML, GeoJSON, o CSV ang feed.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="137"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation>May idinedeklarang document type (DTD) ang feed; tinanggihan ito para sa kaligtasan.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="181"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation>Hindi maayos ang pagkakabuo ng KML feed: %1 (linya %2).</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="193"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation>Hindi wastong JSON ang GeoJSON feed: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="242"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation>Walang column ng latitud at longhitud ang CSV feed.</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="101"/>
        <source>The address search service uses plain HTTP, which would send the address unencrypted. Use an https:// address, or allow plain HTTP for this jurisdiction in Settings.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang serbisyo sa paghahanap ng address, kaya ipapadala ang address nang hindi naka-encrypt. Gumamit ng https:// na address, o payagan ang HTTP na walang encryption para sa hurisdiksiyong ito sa Mga Setting.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/map/Geocoder.cpp" line="113"/>
        <source>The address search service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Abala ang serbisyo sa paghahanap ng address. Subukang muli pagkalipas ng %n segundo.</numerusform>
            <numerusform>Abala ang serbisyo sa paghahanap ng address. Subukang muli pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="145"/>
        <source>Type an address to search for.</source>
        <translation>Mag-type ng address na hahanapin.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="248"/>
        <source>The address search service could not be reached.</source>
        <translation>Hindi makakonekta sa serbisyo sa paghahanap ng address.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="122"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>Nagpadala ang serbisyo sa paghahanap ng address ng sagot na hindi JSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="129"/>
        <source>The address search service said: %1</source>
        <translation>Sabi ng serbisyo sa paghahanap ng address: %1</translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="38"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Walang keychain ang computer na ito (Secret Service o KWallet), kaya hindi maitatago nang ligtas ang API key. Hilingin sa inyong administrator na mag-install ng key file, o i-set ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="45"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation>Tinanggihan ng keychain ang pag-access sa API key. I-unlock ito at subukang muli.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="48"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Hindi magamit ang keychain. Hilingin sa inyong administrator na mag-install ng key file, o i-set ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="88"/>
        <source>The key file %1 does not exist.</source>
        <translation>Hindi umiiral ang key file na %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="91"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation>Hindi pag-aari ng root ang key file na %1, kaya hindi ito ginamit.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="94"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation>Nababasa o nababago ng bawat user ang key file na %1, kaya hindi ito ginamit. Gawin itong nababasa lang ng may-ari at ng grupo nito (chmod 640).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="100"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang key file na %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="103"/>
        <source>The key file %1 is empty.</source>
        <translation>Walang laman ang key file na %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="117"/>
        <source>The key file %1 is damaged: its first line is longer than any API key. Write the city&apos;s key in it again, on a line of its own.</source>
        <translation>Sira ang key file na %1: mas mahaba ang unang linya nito kaysa sa anumang API key. Isulat muli rito ang key ng lungsod, sa sarili nitong linya.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="126"/>
        <source>The key file %1 is damaged: its first line holds characters that no API key has. Write the city&apos;s key in it again.</source>
        <translation>Sira ang key file na %1: may mga character sa unang linya nito na wala sa anumang API key. Isulat muli rito ang key ng lungsod.</translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="69"/>
        <source>Are you still there?</source>
        <translation>Nandiyan pa po ba kayo?</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="70"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="71"/>
        <source>I&apos;m still here</source>
        <translation>Nandito pa ako</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="74"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="75"/>
        <source>Administrator PIN:</source>
        <translation>PIN ng administrator:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="80"/>
        <source>Administrator PIN</source>
        <translation>PIN ng administrator</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="83"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="84"/>
        <source>Unlock</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="85"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="117"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation>Kahilingan %1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="139"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation>Walang naka-set na PIN ng administrator; hindi maaaring lumabas sa kiosk na ito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="140"/>
        <source>Wrong PIN.</source>
        <translation>Maling PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="232"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="247"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Nandiyan pa po ba kayo? Buburahin ang ulat na ito pagkalipas ng %n segundo.</numerusform>
            <numerusform>Nandiyan pa po ba kayo? Buburahin ang ulat na ito pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="21"/>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="96"/>
        <source>Report a problem</source>
        <translation>Mag-ulat ng problema</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="22"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation>Maligayang pagdating. Ipaalam sa lungsod ang lubak, graffiti, sirang ilaw sa kalye, o iba pang problemang hindi emergency.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="25"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation>Kung emergency, tumawag sa inyong lokal na numero para sa emergency.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="76"/>
        <source>Check</source>
        <translation>Suriin</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="106"/>
        <source>Already reported? Enter your request id:</source>
        <translation>Naiulat na? Ilagay ang inyong numero ng kahilingan:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="108"/>
        <source>Request id to look up</source>
        <translation>Numero ng kahilingang hahanapin</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="112"/>
        <source>Check the status of this request</source>
        <translation>Suriin ang katayuan ng kahilingang ito</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="115"/>
        <source>Status of the request</source>
        <translation>Katayuan ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="158"/>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
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
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="78"/>
        <source>&amp;Undo clear</source>
        <translation>Ibalik ang binu&amp;ra</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="86"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="91"/>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="92"/>
        <source>Views</source>
        <translation>Mga pahina</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="107"/>
        <location filename="../lib/gui/window/MainWindow.cpp" line="113"/>
        <source>Jurisdiction</source>
        <translation>Hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="108"/>
        <source>Connection</source>
        <translation>Koneksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="112"/>
        <source>Undo clearing the form</source>
        <translation>Ibalik ang binurang laman ng form</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="114"/>
        <source>The city the reports go to</source>
        <translation>Ang lungsod na pinapadalhan ng mga ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="117"/>
        <source>City:</source>
        <translation>Lungsod:</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="127"/>
        <source>Starting…</source>
        <translation>Sinisimulan…</translation>
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
        <translation>&amp;Ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="164"/>
        <source>&amp;New report</source>
        <translation>&amp;Bagong ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh services</source>
        <translation>I-&amp;refresh ang mga serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>Mga &amp;Setting…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="182"/>
        <source>&amp;About Open311 Reporter</source>
        <translation>&amp;Tungkol sa Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="202"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>Hindi ma-load ang listahan ng mga serbisyo: %1 Pindutin ang F5 para subukang muli.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="296"/>
        <source>Reports cannot be sent: %1</source>
        <translation>Hindi maipadala ang mga ulat: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="300"/>
        <source>Outbox not available</source>
        <translation>Hindi magamit ang Outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="301"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation>%1

Walang ulat na maipapadala hangga&apos;t hindi muling gumagana ang outbox; mananatili sa form ang anumang na-type dito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="304"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="305"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation>Nagsimula ng bagong outbox. Itinabi ang sirang file bilang %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="321"/>
        <source>Tracker not available</source>
        <translation>Hindi magamit ang Pagsubaybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="322"/>
        <source>The Tracker is not available: %1</source>
        <translation>Hindi magamit ang Pagsubaybay: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Tracker</source>
        <translation>Pagsu&amp;baybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="324"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation>Nagsimula ng bagong Pagsubaybay. Itinabi ang sirang file bilang %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="378"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (luma na)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="453"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation>Nasa lungsod na ang kahilingang %1; hindi na kailangang iulat itong muli.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="458"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation>Sinusubaybayan na ngayon ang kahilingang %1 sa Pagsubaybay; walang bagong ulat na inihain.</translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="33"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60"/>
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation>Iginagalaw ng mga arrow key ang mapa, pang-zoom in at zoom out ang plus at minus, at inilalagay ng Enter o Space ang pin sa gitna. Mag-click o mag-drag para ilagay ang pin.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="297"/>
        <source>Tiles from %1 over HTTP/2</source>
        <translation>Mga tile mula sa %1 gamit ang HTTP/2</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="300"/>
        <source>Tiles from %1 over HTTP/1.1</source>
        <translation>Mga tile mula sa %1 gamit ang HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="304"/>
        <source>Tiles from %1</source>
        <translation>Mga tile mula sa %1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="505"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="520"/>
        <source>The map could not be loaded.</source>
        <translation>Hindi ma-load ang mapa.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="506"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation>Hindi ma-load ang mapa. Masasabi pa rin ng address, o ng latitud at longhitud, kung nasaan ang problema.</translation>
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
        <translation>Mag-zoom in</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="15"/>
        <source>Zoom in (+)</source>
        <translation>Mag-zoom in (+)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="17"/>
        <source>Zoom out</source>
        <translation>Mag-zoom out</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="18"/>
        <source>Zoom out (−)</source>
        <translation>Mag-zoom out (−)</translation>
    </message>
</context>
<context>
    <name>Open311::MultipartForm</name>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="138"/>
        <source>The body is not multipart/form-data.</source>
        <translation>Hindi multipart/form-data ang body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="143"/>
        <source>The parameters of the multipart Content-Type cannot be read.</source>
        <translation>Hindi mabasa ang mga parameter ng multipart Content-Type.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="148"/>
        <source>The multipart Content-Type has no boundary.</source>
        <translation>Walang boundary ang multipart Content-Type.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="156"/>
        <source>The multipart boundary must be 1 to 70 letters, digits or &apos;()+_,-./:=? characters, not ending in a space.</source>
        <translation>Dapat 1 hanggang 70 titik, numero, o karakter na &apos;()+_,-./:=? ang multipart boundary, at hindi ito dapat magtapos sa espasyo.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="199"/>
        <source>The multipart body never reaches its boundary.</source>
        <translation>Hindi kailanman umaabot sa boundary nito ang multipart body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="208"/>
        <source>The multipart body has no parts.</source>
        <translation>Walang bahagi ang multipart body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="214"/>
        <source>Boundary line %1 of the multipart body is malformed.</source>
        <translation>Mali ang pagkakabuo ng boundary line %1 ng multipart body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="219"/>
        <source>The multipart body has more than %1 parts.</source>
        <translation>Mahigit sa %1 ang bahagi ng multipart body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="226"/>
        <source>Part %1 of the multipart body has no Content-Disposition.</source>
        <translation>Walang Content-Disposition ang bahagi %1 ng multipart body.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="232"/>
        <source>The header fields of part %1 are longer than 8 KiB.</source>
        <translation>Mas mahaba sa 8 KiB ang mga header field ng bahagi %1.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="233"/>
        <source>The multipart body ends inside the header fields of part %1.</source>
        <translation>Nagtatapos ang multipart body sa loob ng mga header field ng bahagi %1.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="240"/>
        <source>Part %1 of the multipart body: %2</source>
        <translation>Bahagi %1 ng multipart body: %2</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="246"/>
        <source>The multipart body ends without its closing boundary.</source>
        <translation>Nagtatapos ang multipart body nang walang pansarang boundary.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="267"/>
        <source>a header line holds a bare CR, LF or NUL.</source>
        <translation>may hiwalay na CR, LF, o NUL sa isang header line.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="269"/>
        <source>folded header lines are not accepted.</source>
        <translation>hindi tinatanggap ang mga nakatiklop na header line.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="275"/>
        <source>a header line is not a name, a colon and a value.</source>
        <translation>hindi binubuo ng pangalan, tutuldok, at halaga ang isang header line.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="280"/>
        <source>Content-Disposition is given twice.</source>
        <translation>Dalawang beses ibinigay ang Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="286"/>
        <source>Content-Disposition must be form-data with its parameters.</source>
        <translation>Dapat form-data na may mga parameter nito ang Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="289"/>
        <source>Content-Disposition names no field.</source>
        <translation>Walang pinangalanang field ang Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="298"/>
        <source>Content-Type is given twice.</source>
        <translation>Dalawang beses ibinigay ang Content-Type.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="304"/>
        <source>Content-Transfer-Encoding %1 is not supported; send the bytes as they are.</source>
        <translation>Hindi suportado ang Content-Transfer-Encoding %1; ipadala ang mga byte nang walang pagbabago.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="310"/>
        <source>it has no Content-Disposition.</source>
        <translation>wala itong Content-Disposition.</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation>Pumili ng serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Ibigay nang magkasama ang latitud at longhitud, o huwag ang alinman.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>Dapat nasa pagitan ng -90 at 90 digri ang latitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>Dapat nasa pagitan ng -180 at 180 digri ang longhitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>Magbigay ng lokasyon: ilagay ang pin sa mapa o mag-type ng address.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="38"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>May %1 karakter ang paglalarawan; hanggang %2 lang ang tinatanggap ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="43"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>Mukhang mali ang email address (name@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="50"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>Dapat buong web address na nagsisimula sa http:// o https:// ang link.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/core/NewRequest.cpp" line="56"/>
        <source>At most %n photos can go with a report.</source>
        <translation>
            <numerusform>Hanggang %n larawan lang ang maaaring isama sa isang ulat.</numerusform>
            <numerusform>Hanggang %n larawan lang ang maaaring isama sa isang ulat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="60"/>
        <source>The photo %1 is empty or larger than %2 MB.</source>
        <translation>Walang laman ang larawang %1 o mas malaki ito sa %2 MB.</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="189"/>
        <location filename="../lib/store/Outbox.cpp" line="191"/>
        <source>The outbox</source>
        <translation>outbox</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="492"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>Huminto ang app habang ipinapadala ang ulat na ito; maaaring nakarating o hindi nakarating ito sa lungsod.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxCommands</name>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="43"/>
        <source>Use %1.</source>
        <translation>Gamitin ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="51"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>Tumatanggap ang outbox %1 ng numero ng isang ulat (tingnan: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="55"/>
        <source>outbox %1 takes no arguments.</source>
        <translation>Walang tinatanggap na argumento ang outbox %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="108"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>Walang ulat na %1 sa outbox na maaaring itapon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="111"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation>Inalis sa outbox ang ulat na %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="128"/>
        <source>Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then `open311 outbox resend ID`, or `open311 outbox discard ID`.</source>
        <translation>Tinanggihan ng lungsod: %1. Ayusin ang problema (kung mali ang key, i-set ang %2), pagkatapos ay `open311 outbox resend ID`, o `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="134"/>
        <source>Perhaps received by the city: %1. If the city does not have it, `open311 outbox resend ID`; if it does, `open311 outbox discard ID`.</source>
        <translation>Maaaring natanggap na ng lungsod: %1. Kung wala ito sa lungsod, `open311 outbox resend ID`; kung mayroon, `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="140"/>
        <source>%1 more wait for other endpoints (see: open311 outbox list --all).</source>
        <translation>%1 pa ang naghihintay para sa ibang endpoint (tingnan: open311 outbox list --all).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="156"/>
        <source>There is no report %1 in the outbox (see: open311 outbox list).</source>
        <translation>Walang ulat na %1 sa outbox (tingnan: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="160"/>
        <source>Report %1 was sent already; the city&apos;s request id is %2.</source>
        <translation>Naipadala na ang ulat na %1; %2 ang numero ng kahilingan sa lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="172"/>
        <source>Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city id and key) to resend it.</source>
        <translation>Naghihintay ang ulat na %1 para sa ibang endpoint, %2. Ibigay ang --endpoint %2 (kasama ang ID ng lungsod at key nito) para ipadala itong muli.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="179"/>
        <source>Report %1 was written for GeoReport %2. Give --protocol %2 to resend it.</source>
        <translation>Isinulat ang ulat na %1 para sa GeoReport %2. Ibigay ang --protocol %2 para ipadala itong muli.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="215"/>
        <source>Report %1 (%2): %3</source>
        <translation>Ulat %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/OutboxCommands.cpp" line="238"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>%n ulat ang naipadala; %1 pa ang nasa outbox.</numerusform>
            <numerusform>%n ulat ang naipadala; %1 pa ang nasa outbox.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="249"/>
        <location filename="../lib/cli/OutboxCommands.cpp" line="253"/>
        <source>Report %1 is being sent by another process.</source>
        <translation>Ipinapadala ng ibang proseso ang ulat na %1.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="41"/>
        <source>Waiting to be sent</source>
        <translation>Naghihintay maipadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="43"/>
        <source>Sending</source>
        <translation>Ipinapadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="45"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="47"/>
        <source>Will retry</source>
        <translation>Susubukang muli</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="49"/>
        <source>Refused by the city</source>
        <translation>Tinanggihan ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="51"/>
        <source>Outcome unknown — check before resending</source>
        <translation>Hindi alam ang resulta — suriin bago ipadalang muli</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="77"/>
        <source>Will retry at %1</source>
        <translation>Susubukang muli sa %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="94"/>
        <source>No.</source>
        <translation>Blg.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="96"/>
        <source>Written</source>
        <translation>Isinulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="98"/>
        <source>Service</source>
        <translation>Serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="100"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="102"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation>I&amp;padala na ang mga naghihintay</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation>Ipadala &amp;muli</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation>&amp;Itala ang numero</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation>It&amp;apon</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="37"/>
        <source>Reports not yet sent</source>
        <translation>Mga ulat na hindi pa naipapadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="39"/>
        <source>About the outbox</source>
        <translation>Tungkol sa outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="40"/>
        <source>Send waiting reports now</source>
        <translation>Ipadala na ang mga naghihintay na ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="41"/>
        <source>Resend the selected report</source>
        <translation>Ipadalang muli ang napiling ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="42"/>
        <source>Id given by the city</source>
        <translation>Numerong ibinigay ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="43"/>
        <source>Request id given by the city</source>
        <translation>Numero ng kahilingang ibinigay ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="46"/>
        <source>Id from the cit&amp;y</source>
        <translation>Numero mula sa &amp;lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="48"/>
        <source>Record the id for the selected report</source>
        <translation>Itala ang numero ng napiling ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="49"/>
        <source>Discard the selected report</source>
        <translation>Itapon ang napiling ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="98"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>Maaaring nakarating na sa lungsod ang ulat na hindi alam ang resulta. Itanong muna sa lungsod bago ito ipadalang muli, o itala ang numerong ibinigay nila.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="101"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation>Naghihintay rito ang mga ulat habang hindi makakonekta sa lungsod, at kusang naipapadala kapag nakakonekta na.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="104"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation>Walang naghihintay. Naghihintay rito ang isang ulat habang hindi makakonekta sa lungsod, at kusa itong naipapadala kapag nakakonekta na.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxSender</name>
    <message>
        <location filename="../lib/store/OutboxSender.cpp" line="61"/>
        <source>The report could not be read back from the outbox.</source>
        <translation>Hindi mabasang muli ang ulat mula sa outbox.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxTab</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="32"/>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="64"/>
        <source>Outbox not available</source>
        <translation>Hindi magamit ang Outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="65"/>
        <source>Outbox empty</source>
        <translation>Walang laman ang Outbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="66"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n naghihintay</numerusform>
            <numerusform>Outbox: %n naghihintay</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Outbox (%1)</translation>
    </message>
</context>
<context>
    <name>Open311::PhotoPreparer</name>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="128"/>
        <source>%1 is %2, larger than the %3 a photo may have.</source>
        <translation>%2 ang %1, mas malaki sa %3 na pinapayagan para sa isang larawan.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="148"/>
        <location filename="../lib/session/PhotoPreparer.cpp" line="167"/>
        <source>%1 is not a photo this app can read (%2).</source>
        <translation>Hindi larawang mababasa ng app na ito ang %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="150"/>
        <source>%1 is cut off before its end; it may not have been copied completely.</source>
        <translation>Putol ang %1 bago ang dulo nito; maaaring hindi ito nakopya nang buo.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="156"/>
        <source>%1 has %2 million pixels; a photo may have at most %3 million.</source>
        <translation>May %2 milyong pixel ang %1; hanggang %3 milyon lang ang maaaring taglayin ng isang larawan.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="189"/>
        <source>%1 could not be made ready to send (%2).</source>
        <translation>Hindi maihanda ang %1 para ipadala (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="207"/>
        <source>%1 could not be opened (%2).</source>
        <translation>Hindi mabuksan ang %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="213"/>
        <source>%1 could not be read (%2).</source>
        <translation>Hindi mabasa ang %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="28"/>
        <source>The position found is not valid.</source>
        <translation>Hindi wasto ang nakitang posisyon.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>Hindi pinapayagan ng computer na ito na malaman ng app ang lokasyon nito. Ilagay ang pin sa mapa o mag-type ng address.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>Hindi nahanap sa takdang oras ang inyong lokasyon. Ilagay ang pin sa mapa o mag-type ng address.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="45"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>Hindi makuha ang inyong lokasyon. Ilagay ang pin sa mapa o mag-type ng address.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="68"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>Walang serbisyo ng lokasyon ang computer na ito. Ilagay ang pin sa mapa o mag-type ng address.</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileCommands</name>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="31"/>
        <source>training</source>
        <translation>pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="33"/>
        <source>deprecated</source>
        <translation>luma na</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="35"/>
        <source>managed</source>
        <translation>pinamamahalaan</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="144"/>
        <source>The settings file %1 cannot be read (%2), so the settings in it are not used.</source>
        <translation>Hindi mabasa ang file ng mga setting na %1 (%2), kaya hindi ginagamit ang mga setting na nasa loob nito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="147"/>
        <source>The system settings file %1, which your administrator provides, is damaged: some jurisdictions or locks in it may not be used. Ask your administrator to check it.</source>
        <translation>Sira ang file ng mga setting ng system na %1, na ibinibigay ng inyong administrator: maaaring hindi magamit ang ilang hurisdiksiyon o lock na nasa loob nito. Hilingin sa inyong administrator na suriin ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="152"/>
        <source>The settings file %1 is damaged, and no copy of it could be kept: some of your settings may be missing. It is left as it is.</source>
        <translation>Sira ang file ng mga setting na %1, at hindi makapagtabi ng kopya nito: maaaring may kulang sa inyong mga setting. Hinayaan ito kung ano ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="158"/>
        <source>The settings file %1 was damaged, so some of your settings may be missing. What could be read is kept, and the damaged file was copied to %2.</source>
        <translation>Sira ang file ng mga setting na %1, kaya maaaring may kulang sa inyong mga setting. Itinabi ang nabasa, at kinopya ang sirang file sa %2.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="167"/>
        <source>Training city (Sandbox City)</source>
        <translation>Lungsod-pagsasanay (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="170"/>
        <source>Built in; files nothing real.</source>
        <translation>Kasama na sa app; walang totoong inihahain.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="176"/>
        <source>Training city over GeoReport v1</source>
        <translation>Lungsod-pagsasanay sa GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="181"/>
        <source>San Francisco</source>
        <translation>San Francisco</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="185"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation>Luma na mula Agosto 2013: itinatago bilang sanggunian; hindi makapagpapadala ng mga ulat.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="193"/>
        <source>Miami-Dade County</source>
        <translation>Miami-Dade County</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="198"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation>Handa para sa development (beta). Humingi muna ng key sa county.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="376"/>
        <source>Give the map&apos;s attribution (such as © OpenStreetMap contributors): the tiles&apos; licence asks that it be shown on the map.</source>
        <translation>Ibigay ang atribusyon ng mapa (gaya ng © mga kontribyutor ng OpenStreetMap): hinihingi ng lisensiya ng mga tile na ipakita ito sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="383"/>
        <source>The city&apos;s language must be a language tag such as en or pt-BR.</source>
        <translation>Dapat language tag ang wika ng lungsod, gaya ng en o pt-BR.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="388"/>
        <source>Each language the server answers in must be a language tag such as es or es_US, not %1.</source>
        <translation>Dapat language tag ang bawat wikang sinasagot ng server, gaya ng es o es_US, hindi %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="395"/>
        <source>Each language with its own server must be a language tag such as es or zh-TW, not %1.</source>
        <translation>Dapat language tag ang bawat wikang may sariling server, gaya ng es o zh-TW, hindi %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="405"/>
        <source>Give the jurisdiction a name.</source>
        <translation>Bigyan ng pangalan ang hurisdiksiyon.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="410"/>
        <source>The jurisdiction speaks a protocol this version of Open311 Reporter does not know.</source>
        <translation>Gumagamit ang hurisdiksiyon ng protocol na hindi alam ng bersiyong ito ng Open311 Reporter.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="418"/>
        <source>The server for %1: %2</source>
        <translation>Ang server para sa %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="423"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation>Wala sa computer na ito ang mga tile ng mapa na %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="431"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation>Dapat URL na may {z}, {x} at {y} ang address ng mga tile ng mapa, gaya ng https://tile.openstreetmap.org/{z}/{x}/{y}.png, o ang path ng isang MBTiles file o ng folder ng mga tile.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="436"/>
        <source>The map tile address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang address ng mga tile ng mapa. Gamitin ang https://, o payagan ang HTTP na walang encryption para sa hurisdiksiyong ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="441"/>
        <source>The address search service must be a full URL.</source>
        <translation>Dapat buong URL ang serbisyo sa paghahanap ng address.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="444"/>
        <source>The address search service uses plain HTTP, which would send addresses unencrypted. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang serbisyo sa paghahanap ng address, kaya ipapadala ang mga address nang hindi naka-encrypt. Gamitin ang https://, o payagan ang HTTP na walang encryption para sa hurisdiksiyong ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="452"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation>Dapat http(s) na address o path ng isang file ang feed: %1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="460"/>
        <source>The service area must be an http(s) address or the path of a GeoJSON file.</source>
        <translation>Dapat http(s) na address o path ng isang GeoJSON file ang saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="463"/>
        <source>The service area&apos;s address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang address ng saklaw na lugar. Gamitin ang https://, o payagan ang HTTP na walang encryption para sa hurisdiksiyong ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="468"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation>Bawat 30 segundo ang pinakamadalas na pagsuri ng Pagsubaybay.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="475"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation>Hindi na tumatanggap ng mga ulat ang %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="482"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="513"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation>Ang inyong administrator ang namamahala sa mga hurisdiksiyon sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="489"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation>Hindi mababago ang mga hurisdiksiyong kasama na sa app; kopyahin ang isa para iangkop ito.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="504"/>
        <source>The settings could not be written.</source>
        <translation>Hindi ma-save ang mga setting.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="519"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation>Hindi maaalis ang mga hurisdiksiyong kasama na sa app.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="542"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="607"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation>Hindi ito file ng hurisdiksiyon na in-export ng Open311 Reporter.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="614"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation>Walang magagamit na ID ang file ng hurisdiksiyon.</translation>
    </message>
</context>
<context>
    <name>Open311::RemotePhoto</name>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="21"/>
        <source>The city&apos;s photo</source>
        <translation>Larawan ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="29"/>
        <source>The city&apos;s photo is at an address this app does not open by itself.</source>
        <translation>Nasa address na hindi kusang binubuksan ng app na ito ang larawan ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="34"/>
        <source>Loading the city&apos;s photo…</source>
        <translation>Nilo-load ang larawan ng lungsod…</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="87"/>
        <source>The city&apos;s photo is too large to show here.</source>
        <translation>Masyadong malaki ang larawan ng lungsod para maipakita rito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="91"/>
        <source>The city&apos;s photo could not be loaded: its server answered %1.</source>
        <translation>Hindi ma-load ang larawan ng lungsod: sumagot ang server nito ng %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="95"/>
        <source>The city&apos;s photo could not be loaded: its server could not be reached.</source>
        <translation>Hindi ma-load ang larawan ng lungsod: hindi makakonekta sa server nito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="105"/>
        <source>The city&apos;s photo is not a picture this app can show.</source>
        <translation>Hindi maipakita ng app na ito ang larawan ng lungsod.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="91"/>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="93"/>
        <source>Delete leaves the date and time out.</source>
        <translation>Pindutin ang Delete para hindi isama ang petsa at oras.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="362"/>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="373"/>
        <source>%1 (required)</source>
        <translation>%1 (kailangan)</translation>
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
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="478"/>
        <location filename="../lib/gui/report/FieldErrors.cpp" line="48"/>
        <source>Problem with %1</source>
        <translation>Problema sa %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>&amp;First name</source>
        <translation>Pa&amp;ngalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>&amp;Last name</source>
        <translation>Apel&amp;yido</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;pono</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>A&amp;ccount id</source>
        <translation>ID ng a&amp;ccount</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>Account id</source>
        <translation>ID ng account</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="19"/>
        <source>Lat&amp;itude</source>
        <translation>Lat&amp;itud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="21"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="30"/>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;ghitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="32"/>
        <source>Longitude</source>
        <translation>Longhitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="80"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation>I-type ang latitud sa digri, mula -90 hanggang 90, o ilagay ang pin sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="84"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation>I-type ang longhitud sa digri, mula -180 hanggang 180, o ilagay ang pin sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="27"/>
        <source>Possible duplicate</source>
        <translation>Posibleng doble</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="29"/>
        <source>Follow the existing request instead</source>
        <translation>Subaybayan na lang ang umiiral na kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="69"/>
        <source>an unknown date</source>
        <translation>hindi alam na petsa</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="71"/>
        <source>%1 m from the pin</source>
        <translation>%1 m mula sa pin</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="72"/>
        <source>at the same address</source>
        <translation>sa parehong address</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="74"/>
        <source>This may already be reported: a report of %1 %2 is waiting in the outbox to be sent (since %3).</source>
        <translation>Maaaring naiulat na ito: may ulat tungkol sa %1 %2 na naghihintay sa outbox na maipadala (mula %3).</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="77"/>
        <source>This may already be reported: request %1 (%2, %3), %4, reported %5.</source>
        <translation>Maaaring naiulat na ito: kahilingan %1 (%2, %3), %4, iniulat noong %5.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="81"/>
        <source>Follow %1 instead</source>
        <translation>Subaybayan na lang ang %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="40"/>
        <source>Street and number, then Enter to find it</source>
        <translation>Kalye at numero, pagkatapos ay Enter para hanapin ito</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="41"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="44"/>
        <source>An address or a pin on the map is required. Press Enter to search for the address and move the pin.</source>
        <translation>Kailangan ang address o isang pin sa mapa. Pindutin ang Enter para hanapin ang address at ilipat ang pin.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="48"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="49"/>
        <source>Find the address on the map</source>
        <translation>Hanapin ang address sa mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="50"/>
        <source>Use &amp;my location</source>
        <translation>Ga&amp;mitin ang lugar ko</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="51"/>
        <source>Use my location</source>
        <translation>Gamitin ang aking lokasyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="71"/>
        <source>About the location</source>
        <translation>Tungkol sa lokasyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="106"/>
        <source>Finding your location…</source>
        <translation>Hinahanap ang inyong lokasyon…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="149"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Nasa labas ng %1 ang lugar na ito; maaaring hindi ito asikasuhin ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="164"/>
        <source>This place is outside %1, and this kiosk sends reports only for places inside it. Move the pin into the city.</source>
        <translation>Nasa labas ng %1 ang lugar na ito, at nagpapadala lang ang kiosk na ito ng mga ulat para sa mga lugar sa loob nito. Ilipat ang pin sa loob ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="266"/>
        <source>The pin is not at this address: press Enter to find it, or move the pin.</source>
        <translation>Wala sa address na ito ang pin: pindutin ang Enter para hanapin ito, o ilipat ang pin.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="271"/>
        <source>No place on the map yet: the city gets the address alone, with no map position.</source>
        <translation>Wala pang lugar sa mapa: address lang ang matatanggap ng lungsod, walang posisyon sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="284"/>
        <source>No pin on the map yet.</source>
        <translation>Wala pang pin sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="286"/>
        <source>The pin is at %1.</source>
        <translation>Nasa %1 ang pin.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="288"/>
        <source>The pin is at latitude %1, longitude %2.</source>
        <translation>Nasa latitud %1, longhitud %2 ang pin.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="298"/>
        <source>Looking up “%1”…</source>
        <translation>Hinahanap ang “%1”…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="309"/>
        <source>No place called “%1” was found, so the pin was taken off the map.</source>
        <translation>Walang nakitang lugar na “%1”, kaya inalis ang pin sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="312"/>
        <source>%1 The pin was taken off the map.</source>
        <translation>%1 Inalis ang pin sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="315"/>
        <source>Place it on the map, or the city gets the address alone, with no map position.</source>
        <translation>Ilagay ito sa mapa, o address lang ang matatanggap ng lungsod, walang posisyon sa mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="326"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>Walang nakitang lugar na “%1”. Ilagay na lang ang pin sa mapa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/LocationSection.cpp" line="336"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>%n lugar ang nakita; piliin ito.</numerusform>
            <numerusform>%n lugar ang nakita; pumili ng isa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="339"/>
        <source>Places found</source>
        <translation>Mga nakitang lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="50"/>
        <source>%1 could not be made ready to send.</source>
        <translation>Hindi maihanda ang %1 para ipadala.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="80"/>
        <source>Images (%1)</source>
        <translation>Mga larawan (%1)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="113"/>
        <source>Add photos…</source>
        <translation>Magdagdag ng larawan…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="114"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="269"/>
        <source>Add photos</source>
        <translation>Magdagdag ng larawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="115"/>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="48"/>
        <source>Photos</source>
        <translation>Mga larawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="116"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="117"/>
        <source>Use the photo&apos;s location</source>
        <translation>Gamitin ang lokasyon ng larawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="135"/>
        <source>No photo attached.</source>
        <translation>Walang nakalakip na larawan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="149"/>
        <source>Photo message</source>
        <translation>Mensahe tungkol sa mga larawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="156"/>
        <source>Photos are made smaller and sent without their hidden data (EXIF): no camera position, camera model or time leaves with them.</source>
        <translation>Pinaliliit ang mga larawan at ipinapadala nang walang nakatagong data (EXIF): walang posisyon, camera o oras na kasama.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="160"/>
        <source>About photos</source>
        <translation>Tungkol sa mga larawan</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="249"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="342"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="361"/>
        <source>A report can have at most %n photos; remove one to attach another.</source>
        <translation>
            <numerusform>Hanggang %n larawan lang ang maaaring ilakip sa isang ulat; mag-alis ng isa para makapaglakip ng iba.</numerusform>
            <numerusform>Hanggang %n larawan lang ang maaaring ilakip sa isang ulat; mag-alis ng isa para makapaglakip ng iba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="312"/>
        <source>%1 is not in the folder photos can be attached from.</source>
        <translation>Wala ang %1 sa folder na pinagkukunan ng mga larawang maaaring ilakip.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="319"/>
        <source>%1 was taken before this report was started.</source>
        <translation>Kinuha ang %1 bago sinimulan ang ulat na ito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="323"/>
        <source>%1 is a folder, not a photo.</source>
        <translation>Folder ang %1, hindi larawan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="331"/>
        <source>%1 is attached already.</source>
        <translation>Nakalakip na ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="359"/>
        <source>The pasted image could not be read.</source>
        <translation>Hindi mabasa ang na-paste na larawan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="366"/>
        <source>Pasted image %1</source>
        <translation>Na-paste na larawan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="531"/>
        <source>The position %1 was taken at</source>
        <translation>Ang posisyon kung saan kinuha ang %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="540"/>
        <source>This city takes no photo uploads; put a link to your photo in the field below instead.</source>
        <translation>Hindi tumatanggap ng upload ng larawan ang lungsod na ito; maglagay na lang ng link sa inyong larawan sa field sa ibaba.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="543"/>
        <source>The photos attached will not be sent to this city.</source>
        <translation>Hindi ipapadala sa lungsod na ito ang mga nakalakip na larawan.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="23"/>
        <source>Preparing…</source>
        <translation>Inihahanda…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="27"/>
        <source>Preparing %1</source>
        <translation>Inihahanda ang %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="37"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="38"/>
        <source>Remove photo %1</source>
        <translation>Alisin ang larawang %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="52"/>
        <source>Photo %1</source>
        <translation>Larawan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="75"/>
        <source>No preview</source>
        <translation>Walang preview</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="19"/>
        <source>The pin was not placed for “%1”: it was put there before the address was typed, or shows where this computer is. The city uses the pin to find the problem.</source>
        <translation>Hindi inilagay ang pin para sa “%1”: inilagay ito bago na-type ang address, o ipinapakita nito kung nasaan ang computer na ito. Ginagamit ng lungsod ang pin para mahanap ang problema.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="23"/>
        <source>The pin was placed for “%1”, but the address now reads “%2”. The city uses the pin to find the problem.</source>
        <translation>Inilagay ang pin para sa “%1”, pero “%2” na ngayon ang nakasulat na address. Ginagamit ng lungsod ang pin para mahanap ang problema.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="26"/>
        <source>Which place is meant?</source>
        <translation>Aling lugar ang tinutukoy?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="27"/>
        <source>Send with the &amp;pin</source>
        <translation>Ipadala kasama ang &amp;pin</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="28"/>
        <source>The pin&apos;s place goes to the city with the address as typed.</source>
        <translation>Ipapadala sa lungsod ang lugar ng pin kasama ang address na na-type.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="30"/>
        <source>Send the &amp;address alone</source>
        <translation>&amp;Address lang ang ipadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="31"/>
        <source>The pin is taken off; the city gets no map position.</source>
        <translation>Aalisin ang pin; walang posisyon sa mapa na matatanggap ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="33"/>
        <source>&amp;Back to the address</source>
        <translation>&amp;Bumalik sa address</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="39"/>
        <source>Send it anyway?</source>
        <translation>Ipadala pa rin?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="40"/>
        <source>Send it &amp;anyway</source>
        <translation>&amp;Ipadala pa rin</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="41"/>
        <source>The report goes to this city with the pin where it is.</source>
        <translation>Ipapadala ang ulat sa lungsod na ito kasama ang pin sa kinalalagyan nito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="43"/>
        <source>&amp;Back to the place</source>
        <translation>&amp;Bumalik sa lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="30"/>
        <source>The service&apos;s questions</source>
        <translation>Mga tanong ng serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>Pag&amp;lalarawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="36"/>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="38"/>
        <source>What is wrong, and where exactly?</source>
        <translation>Ano ang problema, at saan mismo?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="41"/>
        <source>Characters used</source>
        <translation>Nagamit na karakter</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="52"/>
        <source>Photo or page lin&amp;k</source>
        <translation>Lin&amp;k ng larawan o pahina</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="54"/>
        <source>Link to a photo or page</source>
        <translation>Link sa larawan o pahina</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="55"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="60"/>
        <source>Send the report</source>
        <translation>Ipadala ang ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="64"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/ReportDetails.cpp" line="88"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>Hanggang %1 karakter lang ang paglalarawan. Hindi naisama: %n.</numerusform>
            <numerusform>Hanggang %1 karakter lang ang paglalarawan. Hindi naisama: %n.</numerusform>
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
        <translation>Pansubok na server: hindi totoo ang mga ulat na ipinapadala rito at hindi aasikasuhin ang mga ito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="56"/>
        <source>Test server</source>
        <translation>Pansubok na server</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="177"/>
        <source>Loading the questions the city asks about this service…</source>
        <translation>Nilo-load ang mga tanong ng lungsod tungkol sa serbisyong ito…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="315"/>
        <source>&amp;Service</source>
        <translation>&amp;Serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="317"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="319"/>
        <source>Sending…</source>
        <translation>Ipinapadala…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="320"/>
        <source>Se&amp;nd report</source>
        <translation>Ipa&amp;dala ang ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="366"/>
        <source>A photo is still being prepared; send again in a moment.</source>
        <translation>Inihahanda pa ang isang larawan; ipadalang muli pagkaraan ng ilang sandali.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="375"/>
        <source>The city&apos;s questions about this service have not arrived yet; the report can go once they are answered.</source>
        <translation>Hindi pa dumarating ang mga tanong ng lungsod tungkol sa serbisyong ito; maipapadala ang ulat kapag nasagot na ang mga ito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="417"/>
        <source>Sending the report…</source>
        <translation>Ipinapadala ang ulat…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportFormText.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="27"/>
        <source>Type to filter, e.g. pothole</source>
        <translation>Mag-type para i-filter, hal. lubak</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="29"/>
        <source>Filter services</source>
        <translation>I-filter ang mga serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="34"/>
        <source>Services</source>
        <translation>Mga serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="44"/>
        <source>Description of the chosen service</source>
        <translation>Paglalarawan ng napiling serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="178"/>
        <source>No service chosen yet.</source>
        <translation>Wala pang napiling serbisyo.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportPresenter</name>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="29"/>
        <source>The draft could not be saved (the disk may be full). The report is still here in the form; send it, or free some space so that it can be kept.</source>
        <translation>Hindi mai-save ang draft (maaaring puno na ang disk). Narito pa rin ang ulat sa form; ipadala ito, o magbakante ng espasyo para maitago ito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="33"/>
        <source>The draft is saved again.</source>
        <translation>Naka-save na muli ang draft.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="51"/>
        <source>A waiting report went out: request id %1.</source>
        <translation>Naipadala ang isang naghihintay na ulat: numero ng kahilingan %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="61"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation>%1 Naka-save ang ulat sa outbox (numero %2) at kusang ipapadala kapag nakakonekta na sa server ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="69"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 Nakalista ang ulat sa tab na Outbox (numero %2), kung saan maaari ninyo itong itanong sa lungsod at ipadalang muli o itala ang numero nito.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSubmission</name>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="55"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>Hindi maipadala ang mga ulat dahil hindi magamit ang outbox.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="78"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>Hindi ma-save ang ulat, kaya hindi ito naipadala. Walang nawala: nasa form pa rin ito.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="85"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>Naka-save ang ulat sa outbox at ipapadala ito maya-maya.</translation>
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
        <translation>Walang tinatanggap na positional argument ang submit; gamitin ang mga opsiyon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="84"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="101"/>
        <source>Warning: %1</source>
        <translation>Babala: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="95"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Nasa labas ng %1 ang lugar na ito; maaaring hindi ito asikasuhin ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="98"/>
        <source>%1 Nothing was sent; give --outside-area to send it anyway.</source>
        <translation>%1 Walang naipadala; ibigay ang --outside-area para ipadala pa rin ito.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="117"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="144"/>
        <source>The service&apos;s attributes could not be checked first: %1</source>
        <translation>Hindi muna masuri ang mga attribute ng serbisyo: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="127"/>
        <source>The city offers no service with the code %1 (see: open311 services).</source>
        <translation>Walang serbisyong may code na %1 ang lungsod (tingnan: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="134"/>
        <source>The service %1 has no attributes; leave out --attribute.</source>
        <translation>Walang attribute ang serbisyong %1; huwag isama ang --attribute.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="169"/>
        <source>--lat takes a number of degrees.</source>
        <translation>Tumatanggap ang --lat ng bilang ng digri.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="178"/>
        <source>--lon takes a number of degrees.</source>
        <translation>Tumatanggap ang --lon ng bilang ng digri.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="194"/>
        <source>--attribute takes CODE=VALUE, such as --attribute SIZE=large.</source>
        <translation>Tumatanggap ang --attribute ng CODE=HALAGA, gaya ng --attribute SIZE=large.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="205"/>
        <source>--attribute, --address-id and --photo are GeoReport v2&apos;s; this endpoint speaks v1 (see --protocol).</source>
        <translation>Para sa GeoReport v2 ang --attribute, --address-id at --photo; v1 ang gamit ng endpoint na ito (tingnan ang --protocol).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="210"/>
        <source>%1 takes no photo uploads (its profile says so); give a link with --media-url instead.</source>
        <translation>Hindi tumatanggap ng upload ng larawan ang %1 (ayon sa profile nito); magbigay na lang ng link gamit ang --media-url.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="226"/>
        <source>Give --description or --description-file, not both.</source>
        <translation>Ibigay ang --description o ang --description-file, hindi pareho.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="234"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang file ng paglalarawan na %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="288"/>
        <source>The report could not be written to the outbox %1 (the disk may be full), so it was not sent. Nothing already in the outbox was lost.</source>
        <translation>Hindi maisulat ang ulat sa outbox %1 (maaaring puno na ang disk), kaya hindi ito naipadala. Walang nawala sa mga nasa outbox na.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="307"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>Nakatago ang ulat sa outbox bilang numero %1 (tingnan: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="315"/>
        <source>The report was taken by another process.</source>
        <translation>Kinuha ng ibang proseso ang ulat.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="325"/>
        <source>The city answered with a token: it files the report later. It is followed in open311 track list until it has a request id; open311 track poll or open311 token %1 asks for it.</source>
        <translation>Sumagot ang lungsod ng token: ihahain nito ang ulat mamaya. Sinusubaybayan ito sa open311 track list hanggang magkaroon ito ng numero ng kahilingan; hinihingi ito ng open311 track poll o ng open311 token %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="343"/>
        <source>status needs at least one service request id.</source>
        <translation>Kailangan ng status ng kahit isang numero ng kahilingan.</translation>
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
        <translation>Ulat na naghihintay sa outbox</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>Request %1</source>
        <translation>Kahilingan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="23"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation>%1
Katayuan: %2
Iniulat: %3
%4

%5</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="31"/>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="32"/>
        <source>Follow this request</source>
        <translation>Subaybayan ang kahilingang ito</translation>
    </message>
</context>
<context>
    <name>Open311::RequestQueryCommands</name>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="46"/>
        <source>--status takes open or closed.</source>
        <translation>Tumatanggap ang --status ng open o closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="56"/>
        <source>--%1 takes a date such as 2026-11-01, or a moment such as 2026-11-01T09:30:00Z.</source>
        <translation>Tumatanggap ang --%1 ng petsa gaya ng 2026-11-01, o ng oras gaya ng 2026-11-01T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="64"/>
        <source>--start is after --end.</source>
        <translation>Mas huli ang --start kaysa sa --end.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="78"/>
        <source>--%1 takes a whole number from 1.</source>
        <translation>Tumatanggap ang --%1 ng buong bilang mula 1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="89"/>
        <source>requests takes no positional arguments; use the options.</source>
        <translation>Walang tinatanggap na positional argument ang requests; gamitin ang mga opsiyon.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="110"/>
        <source>token takes one token.</source>
        <translation>Tumatanggap ang token ng isang token.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="132"/>
        <source>The city has not given token %1 a request id yet; ask again later.</source>
        <translation>Hindi pa binibigyan ng lungsod ng numero ng kahilingan ang token na %1; magtanong muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="167"/>
        <source>The city lists no request that matches.</source>
        <translation>Walang tugmang kahilingan sa listahan ng lungsod.</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="27"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy id</source>
        <translation>&amp;Kopyahin ang numero</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="31"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>&amp;Print</source>
        <translation>I-&amp;print</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="34"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="108"/>
        <source>The report was filed. Request id:</source>
        <translation>Naihain na ang ulat. Numero ng kahilingan:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="44"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Request id</source>
        <translation>Numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="46"/>
        <source>QR code of the request id</source>
        <translation>QR code ng numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="49"/>
        <source>Scan the code with your phone, or write the number down: with it you can check on your report here or with the city.</source>
        <translation>I-scan ang code gamit ang inyong telepono, o isulat ang numero: magagamit ninyo ito para tingnan ang inyong ulat dito o sa lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="54"/>
        <source>Copy the request id</source>
        <translation>Kopyahin ang numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="58"/>
        <source>What the city promises</source>
        <translation>Ang ipinapangako ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="59"/>
        <source>Start a new report</source>
        <translation>Magsimula ng bagong ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="79"/>
        <source>Print the request id</source>
        <translation>I-print ang numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="92"/>
        <source>New report</source>
        <translation>Bagong ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>&amp;New report</source>
        <translation>Bago&amp;ng ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="106"/>
        <source>The report was received. The city gives it a number later; the Tracker shows it when it does. Token:</source>
        <translation>Natanggap ang ulat. Bibigyan ito ng lungsod ng numero mamaya; ipapakita ito ng Pagsubaybay kapag naibigay na. Token:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Kopyahin ang token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="116"/>
        <source>Service: %1</source>
        <translation>Serbisyo: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="118"/>
        <source>The city did not say when it will act.</source>
        <translation>Hindi sinabi ng lungsod kung kailan ito kikilos.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="119"/>
        <source>The city says: %1</source>
        <translation>Sabi ng lungsod: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="155"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation>Numero ng kahilingan: %1
Serbisyo: %2
%3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxApiV2</name>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="78"/>
        <source>There is no GeoReport v2 method %1 here; methods end in .json or .xml.</source>
        <translation>Walang GeoReport v2 method na %1 dito; nagtatapos sa .json o .xml ang mga method.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="85"/>
        <source>%1 is not supported here.</source>
        <translation>Hindi suportado rito ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="103"/>
        <source>There is no GeoReport v2 method %1 here.</source>
        <translation>Walang GeoReport v2 method na %1 dito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="111"/>
        <source>api_key was not provided.</source>
        <translation>Hindi ibinigay ang api_key.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="115"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Hindi wastong api_key ang natanggap -- hindi maituloy ang create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="116"/>
        <source>Invalid api_key received -- can&apos;t proceed.</source>
        <translation>Hindi wastong api_key ang natanggap -- hindi makapagpatuloy.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="122"/>
        <source>jurisdiction_id %1 was not found; this server serves %2.</source>
        <translation>Hindi nahanap ang jurisdiction_id na %1; %2 ang pinagsisilbihan ng server na ito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="141"/>
        <source>The service list back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng listahan ng mga serbisyo; subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="168"/>
        <source>The service %1 has no definition; its metadata is false.</source>
        <translation>Walang depinisyon ang serbisyong %1; false ang metadata nito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="169"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="214"/>
        <source>service_code %1 was not found.</source>
        <translation>Hindi nahanap ang service_code na %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="172"/>
        <source>The definitions back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng mga depinisyon; subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="211"/>
        <source>service_code was not provided.</source>
        <translation>Hindi ibinigay ang service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="222"/>
        <source>lat and long must both be given as WGS84 degrees.</source>
        <translation>Dapat parehong ibigay ang lat at long bilang digri ng WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="228"/>
        <source>A location is required: lat and long, address_string or address_id.</source>
        <translation>Kailangan ng lokasyon: lat at long, address_string o address_id.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="231"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Hanggang 4,000 karakter lang ang paglalarawan.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="239"/>
        <source>attribute[%1]: %2</source>
        <translation>attribute[%1]: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="242"/>
        <source>The city&apos;s back-end is down; nothing was created. Try again later.</source>
        <translation>Hindi gumagana ang back-end ng lungsod; walang nalikha. Subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="269"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Hindi maitago ang kahilingan; walang nalikha.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="296"/>
        <source>At most 1,000 service_request_id can be asked at once.</source>
        <translation>Hanggang 1,000 service_request_id lang ang maaaring hingin nang sabay-sabay.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="306"/>
        <source>start_date and end_date must be ISO 8601 dates, such as 2026-12-01T00:00:00Z.</source>
        <translation>Dapat ISO 8601 na petsa ang start_date at end_date, gaya ng 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="312"/>
        <source>end_date is before start_date.</source>
        <translation>Mas maaga ang end_date kaysa sa start_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="315"/>
        <source>start_date and end_date may not span more than 90 days.</source>
        <translation>Hindi maaaring lumampas sa 90 araw ang pagitan ng start_date at end_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="321"/>
        <source>status must be open or closed, not %1.</source>
        <translation>Dapat open o closed ang status, hindi %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="331"/>
        <source>page and page_size must be whole numbers from 1.</source>
        <translation>Dapat buong bilang mula 1 ang page at page_size.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="333"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="361"/>
        <source>The requests back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng mga kahilingan; subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="359"/>
        <source>service_request_id %1 was not found.</source>
        <translation>Hindi nahanap ang service_request_id na %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="376"/>
        <source>token %1 was not found.</source>
        <translation>Hindi nahanap ang token na %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="378"/>
        <source>The tokens back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng mga token; subukang muli mamaya.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang file ng mga serbisyo na %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="45"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>Mas malaki sa 16 MB ang file ng mga serbisyo na %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="58"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>May idinedeklarang DTD ang file ng mga serbisyo, na hindi tinatanggap.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>Linya %1 ng file ng mga serbisyo: kailangan ng bawat serbisyo ng service_code at service_name.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation>Dalawang beses lumalabas ang code ng serbisyo na %1 sa file ng mga serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="82"/>
        <source>The City will review this report within 5 business days.</source>
        <translation>Susuriin ng Lungsod ang ulat na ito sa loob ng 5 araw ng trabaho.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="94"/>
        <source>Line %1 of the services file: the type of %2 must be realtime, batch or blackbox.</source>
        <translation>Linya %1 ng file ng mga serbisyo: dapat realtime, batch o blackbox ang type ng %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="102"/>
        <source>Department of Public Works</source>
        <translation>Kagawaran ng Pagawaing Bayan</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="123"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>Hindi maayos ang pagkakabuo ng XML ng file ng mga serbisyo (linya %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="129"/>
        <source>The services file lists no services.</source>
        <translation>Walang nakalistang serbisyo sa file ng mga serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="145"/>
        <source>A service definition names the service %1, which the catalogue does not have.</source>
        <translation>Binabanggit ng isang depinisyon ng serbisyo ang serbisyong %1, na wala sa katalogo.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="36"/>
        <source>%1 Avenue</source>
        <translation>Abenida %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1 Street</source>
        <translation>Kalye %1</translation>
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
        <translation>at</translation>
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
        <translation>%1 at %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="474"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxGeocoder.cpp" line="19"/>
        <source>Sandbox Country</source>
        <translation>Bansang Sandbox</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxDefinitions</name>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="24"/>
        <source>The service definitions declare a DTD, which is not accepted.</source>
        <translation>May idinedeklarang DTD ang mga depinisyon ng serbisyo, na hindi tinatanggap.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="33"/>
        <source>The service %1 has two definitions.</source>
        <translation>May dalawang depinisyon ang serbisyong %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="39"/>
        <source>The service definitions are not well-formed XML (line %1: %2).</source>
        <translation>Hindi maayos ang pagkakabuo ng XML ng mga depinisyon ng serbisyo (linya %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="71"/>
        <source>Line %1 of the service definitions: the attribute %2 appears twice.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: dalawang beses lumalabas ang attribute na %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="87"/>
        <source>Line %1 of the service definitions: a definition needs a service_code.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: kailangan ng service_code ang isang depinisyon.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="122"/>
        <source>Line %1 of the service definitions: the order must be a whole number.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: dapat buong bilang ang order.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="135"/>
        <source>Line %1 of the service definitions: an attribute needs a code.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: kailangan ng code ang isang attribute.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="139"/>
        <source>Line %1 of the service definitions: the datatype of %2 is not one of the spec&apos;s.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: wala sa mga datatype ng spec ang datatype ng %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="146"/>
        <source>Line %1 of the service definitions: the list %2 has no values.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: walang halaga ang listahang %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="173"/>
        <source>Line %1 of the service definitions: every value of %2 needs a key of its own.</source>
        <translation>Linya %1 ng mga depinisyon ng serbisyo: kailangan ng bawat halaga ng %2 ang sarili nitong key.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxMedia</name>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="28"/>
        <source>%1 is not supported here; photos are only read.</source>
        <translation>Hindi suportado rito ang %1; binabasa lang ang mga larawan.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="43"/>
        <source>There is no such photo here.</source>
        <translation>Walang ganoong larawan dito.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="93"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="123"/>
        <source>Missing API Key</source>
        <translation>Walang API key</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="95"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="190"/>
        <source>Invalid API Key</source>
        <translation>Hindi wastong API key</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="98"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="127"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="192"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation>Hindi kilalang city_id; %1 ang pinagsisilbihan ng server na ito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="101"/>
        <source>Service list back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng listahan ng mga serbisyo; subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="125"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Hindi wastong api_key ang natanggap -- hindi maituloy ang create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="130"/>
        <source>Missing service_code</source>
        <translation>Walang service_code</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="133"/>
        <source>Invalid service_code %1</source>
        <translation>Hindi wastong service_code na %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="141"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>Dapat parehong ibigay ang lat at lon bilang digri ng WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="144"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation>Kailangan ang lat/lon o ang address_string.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="147"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Hanggang 4,000 karakter lang ang paglalarawan.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="149"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Hindi gumagana ang Lagan WS; walang nalikha. Subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="164"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Hindi maitago ang kahilingan; walang nalikha.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="188"/>
        <source>Missing API key</source>
        <translation>Walang API key</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="194"/>
        <source>Status back-end is down; try again later.</source>
        <translation>Hindi gumagana ang back-end ng katayuan; subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="200"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>Hindi wasto ang ID o sinusubukan ninyong hanapin ang kahilingang hindi kayo ang gumawa</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="19"/>
        <source>Assigned to crew</source>
        <translation>Itinalaga sa mga tauhan</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="20"/>
        <source>Inspection scheduled</source>
        <translation>Nakaiskedyul ang inspeksiyon</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="21"/>
        <source>Crew on site</source>
        <translation>Nasa lugar na ang mga tauhan</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="24"/>
        <source>Repaired. Thank you for your report.</source>
        <translation>Naayos na. Salamat po sa inyong ulat.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="25"/>
        <source>Completed by the street maintenance crew.</source>
        <translation>Tinapos ng mga tauhan sa pagpapanatili ng kalye.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="28"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation>Doble ng naunang ulat; isinara.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="66"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>Hindi makapakinig ang lungsod-pagsasanay sa %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="195"/>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="199"/>
        <source>The training city&apos;s database</source>
        <translation>database ng lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="232"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation>Hindi magamit ang database ng lungsod-pagsasanay na %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Discovery</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="46"/>
        <source>Use the API key %1; it opens nothing real.</source>
        <translation>Gamitin ang API key na %1; walang totoong binubuksan ito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="47"/>
        <source>Ask whoever runs this training city for an API key.</source>
        <translation>Humingi ng API key sa nagpapatakbo ng lungsod-pagsasanay na ito.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="51"/>
        <source>The Open311 Reporter training city: a practice server that files nothing real.</source>
        <translation>Ang lungsod-pagsasanay ng Open311 Reporter: isang server na pampraktis na walang totoong inihahain.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Form</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="32"/>
        <source>The body must be application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Dapat application/x-www-form-urlencoded o multipart/form-data ang body, hindi %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="39"/>
        <source>%1 is not an attribute: write attribute[code] or attribute[code][].</source>
        <translation>Hindi attribute ang %1: isulat ang attribute[code] o attribute[code][].</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="65"/>
        <source>Photo %1</source>
        <translation>Larawan %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="66"/>
        <source>Photo %1 (%2)</source>
        <translation>Larawan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="68"/>
        <source>At most %1 photos can be sent with one request.</source>
        <translation>Hanggang %1 larawan lang ang maaaring ipadala sa isang kahilingan.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="72"/>
        <source>%1 is larger than 8 MiB.</source>
        <translation>Mas malaki sa 8 MiB ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="78"/>
        <source>%1 is neither a JPEG nor a PNG image.</source>
        <translation>Hindi JPEG o PNG na larawan ang %1.</translation>
    </message>
</context>
<context>
    <name>Open311::SchemaMigration</name>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="40"/>
        <source>%1 %2 was written by a newer version of the app.</source>
        <translation>Isinulat ng mas bagong bersiyon ng app ang %1 %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="69"/>
        <source>%1 %2 cannot be set up, and was left as it was: %3</source>
        <translation>Hindi ma-set up ang %1 %2, at iniwan ito nang walang pagbabago: %3</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceArea</name>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="31"/>
        <source>The service area&apos;s feature collection has no list of features.</source>
        <translation>Walang listahan ng mga feature ang feature collection ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="35"/>
        <source>A feature of the service area is not an object.</source>
        <translation>Hindi object ang isang feature ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="56"/>
        <source>The coordinates of the service area&apos;s %1 are not nested as GeoJSON requires.</source>
        <translation>Hindi naka-nest ang mga coordinate ng %1 ng saklaw na lugar ayon sa hinihingi ng GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="68"/>
        <source>A geometry of the service area is not an object.</source>
        <translation>Hindi object ang isang geometry ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="81"/>
        <source>The service area&apos;s %1 has no list of coordinates.</source>
        <translation>Walang listahan ng mga coordinate ang %1 ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="100"/>
        <source>The service area&apos;s GeoJSON object has no type.</source>
        <translation>Walang type ang GeoJSON object ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="102"/>
        <source>The service area&apos;s GeoJSON type &quot;%1&quot; is not known.</source>
        <translation>Hindi kilala ang GeoJSON type na &quot;%1&quot; ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="127"/>
        <source>The service area has more than %1 positions and was not read.</source>
        <translation>Mahigit sa %1 ang posisyon sa saklaw na lugar kaya hindi ito binasa.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="145"/>
        <source>A position in the service area is not a longitude and latitude pair.</source>
        <translation>Hindi pares ng longhitud at latitud ang isang posisyon sa saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="151"/>
        <source>The service area has a position outside the world: longitude %1, latitude %2.</source>
        <translation>May posisyon ang saklaw na lugar na nasa labas ng mundo: longhitud %1, latitud %2.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="159"/>
        <source>A ring of the service area has fewer than four positions.</source>
        <translation>Kulang sa apat na posisyon ang isang ring ng saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="200"/>
        <source>The service area is larger than 16 MB and was not read.</source>
        <translation>Mas malaki sa 16 MB ang saklaw na lugar at hindi ito binasa.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="205"/>
        <source>The service area is not valid GeoJSON: %1.</source>
        <translation>Hindi wastong GeoJSON ang saklaw na lugar: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="207"/>
        <source>The service area is not a GeoJSON object.</source>
        <translation>Hindi GeoJSON object ang saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="212"/>
        <source>The service area has no polygon.</source>
        <translation>Walang polygon ang saklaw na lugar.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="244"/>
        <location filename="../lib/map/ServiceArea.cpp" line="249"/>
        <source>The service area file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang file ng saklaw na lugar na %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceAreaLoader</name>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="52"/>
        <source>The service area&apos;s address uses plain HTTP, which nobody allowed for this jurisdiction.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang address ng saklaw na lugar, na hindi pinayagan para sa hurisdiksiyong ito.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="73"/>
        <source>The city&apos;s server answered %1 for its service area.</source>
        <translation>Sumagot ang server ng lungsod ng %1 para sa saklaw na lugar nito.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="74"/>
        <source>The service area could not be fetched: %1</source>
        <translation>Hindi makuha ang saklaw na lugar: %1</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="76"/>
        <source>it is larger than 16 MB, or took too long</source>
        <translation>mas malaki ito sa 16 MB, o masyadong natagalan</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="77"/>
        <source>the server could not be reached</source>
        <translation>hindi makakonekta sa server</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceCommands</name>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="32"/>
        <source>services takes no arguments.</source>
        <translation>Walang tinatanggap na argumento ang services.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="64"/>
        <source>(has attributes: open311 definition %1)</source>
        <translation>(may mga attribute: open311 definition %1)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="66"/>
        <source>(batch: answers with a token)</source>
        <translation>(batch: sumasagot ng token)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="78"/>
        <source>definition takes one service code.</source>
        <translation>Tumatanggap ang definition ng isang code ng serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="103"/>
        <source>(information) %1</source>
        <translation>(impormasyon) %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>required</source>
        <translation>kailangan</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>optional</source>
        <translation>opsiyonal</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="113"/>
        <source>The service %1 asks nothing beyond the report itself.</source>
        <translation>Walang hinihingi ang serbisyong %1 bukod sa mismong ulat.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceDefinition</name>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="33"/>
        <source>The service %1 has no attribute “%2” to fill in.</source>
        <translation>Walang attribute na “%2” na pupunan ang serbisyong %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="46"/>
        <source>“%1” is required.</source>
        <translation>Kailangan ang “%1”.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="51"/>
        <source>“%1” takes one value, not %2.</source>
        <translation>Isang halaga lang ang tinatanggap ng “%1”, hindi %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="62"/>
        <source>“%1” must be a number, such as 12 or 3.5.</source>
        <translation>Dapat numero ang “%1”, gaya ng 12 o 3.5.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="68"/>
        <source>“%1” must be a date and time such as 2026-12-01T14:30:00.</source>
        <translation>Dapat petsa at oras ang “%1”, gaya ng 2026-12-01T14:30:00.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="78"/>
        <source>“%1” is not one of the choices for “%2”.</source>
        <translation>Wala ang “%1” sa mga pagpipilian para sa “%2”.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="88"/>
        <source>“%1” lists a choice twice.</source>
        <translation>Dalawang beses nakalista ang isang pagpipilian sa “%1”.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceListModel</name>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="40"/>
        <source>Other services</source>
        <translation>Iba pang serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="80"/>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
</context>
<context>
    <name>Open311::SettingsDialog</name>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="36"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>Jurisdictions</source>
        <translation>Mga hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>Id&amp;agdag</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Add from its &amp;web address…</source>
        <translation>Idagdag mula sa &amp;web address…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="42"/>
        <source>Add a city from its web address</source>
        <translation>Magdagdag ng lungsod mula sa web address nito</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="43"/>
        <source>D&amp;uplicate</source>
        <translation>Kopya&amp;hin</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>A&amp;lisin</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="45"/>
        <source>&amp;Import…</source>
        <translation>I-impo&amp;rt…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>E&amp;xport…</source>
        <translation>I-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>jurisdiction</source>
        <translation>ang hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="59"/>
        <source>GeoReport v1 (deprecated)</source>
        <translation>GeoReport v1 (luma na)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>JSON, with XML where JSON fails</source>
        <translation>JSON, at XML kapag pumalya ang JSON</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="62"/>
        <source>XML only</source>
        <translation>XML lang</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="63"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>Payagan ang HTTP na walang encryption (hindi naka-encrypt ang key)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="69"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="70"/>
        <source>Reports carry an account id</source>
        <translation>May ID ng account ang mga ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="71"/>
        <source>Takes p&amp;hotos with a report (multipart media, v2)</source>
        <translation>&amp;Tumatanggap ng larawan kasama ng ulat (multipart media, v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Some v2 cities, Helsinki&apos;s among them, take photos uploaded with a report. Others take only a link.</source>
        <translation>Tumatanggap ang ilang lungsod na v2, kabilang ang Helsinki, ng mga larawang ina-upload kasama ng ulat. Link lang ang tinatanggap ng iba.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation>Isa bawat linya: https na address o isang file (KML, GeoJSON o CSV)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Feed problems</source>
        <translation>Mga problema sa feed</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="119"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="158"/>
        <source>New API key</source>
        <translation>Bagong API key</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Set &amp;key</source>
        <translation>I-save ang &amp;key</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Remove ke&amp;y</source>
        <translation>Alisin ang ke&amp;y</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>&amp;Save jurisdiction</source>
        <translation>I-&amp;save ang hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="93"/>
        <source>&amp;Test connection</source>
        <translation>Subukan ang kon&amp;eksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="97"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="125"/>
        <source>Let the map glide on after a flick</source>
        <translation>Hayaang dumausdos pa ang mapa pagkatapos ng mabilis na pag-swipe</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="99"/>
        <source>As the system</source>
        <translation>Gaya ng sistema</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Server address</source>
        <translation>Address ng server</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>City id</source>
        <translation>ID ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>Answer format</source>
        <translation>Format ng sagot</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Allow plain HTTP</source>
        <translation>Payagan ang HTTP na walang encryption</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Map tiles</source>
        <translation>Mga tile ng mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Map attribution</source>
        <translation>Atribusyon ng mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Address search</source>
        <translation>Paghahanap ng address</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Tracker interval</source>
        <translation>Pagitan ng pagsubaybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Uses account id</source>
        <translation>Gumagamit ng ID ng account</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Takes photo uploads</source>
        <translation>Tumatanggap ng upload ng larawan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="117"/>
        <source>Feeds of existing requests</source>
        <translation>Mga feed ng umiiral na kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="118"/>
        <source>Service area</source>
        <translation>Saklaw na lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="120"/>
        <source>Set the API key</source>
        <translation>I-save ang API key</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="121"/>
        <source>Remove the API key</source>
        <translation>Alisin ang API key</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Save the jurisdiction</source>
        <translation>I-save ang hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>Test the connection</source>
        <translation>Subukan ang koneksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>&amp;Name</source>
        <translation>Pa&amp;ngalan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>&amp;Protocol</source>
        <translation>Proto&amp;col</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;City id</source>
        <translation>ID ng l&amp;ungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>F&amp;ormat (v2)</source>
        <translation>F&amp;ormat (v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="141"/>
        <source>&amp;Map tiles</source>
        <translation>&amp;Mga tile ng mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>Map attri&amp;bution</source>
        <translation>Atri&amp;busyon ng mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>A&amp;ddress search</source>
        <translation>Paghahanap ng a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Track&amp;er interval</source>
        <translation>&amp;Pagitan ng pagsubaybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="147"/>
        <source>Service area &amp;file or address</source>
        <translation>Saklaw na lugar: &amp;file o address</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Existin&amp;g requests</source>
        <translation>M&amp;ga umiiral na kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>W&amp;ika</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="193"/>
        <source>New jurisdiction</source>
        <translation>Bagong hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="206"/>
        <source>A copy: change it, then save it.</source>
        <translation>Isang kopya: baguhin ito, pagkatapos ay i-save.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="226"/>
        <source>The API key was saved in the keychain.</source>
        <translation>Na-save ang API key sa keychain.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="236"/>
        <source>The API key was removed.</source>
        <translation>Inalis ang API key.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="242"/>
        <source>Export jurisdiction</source>
        <translation>I-export ang hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="243"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Jurisdiction files (*.json)</source>
        <translation>Mga file ng hurisdiksiyon (*.json)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="250"/>
        <source>Exported to %1 (without the API key).</source>
        <translation>Na-export sa %1 (nang walang API key).</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="251"/>
        <source>Could not write %1: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Import jurisdiction</source>
        <translation>I-import ang hurisdiksiyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="267"/>
        <source>%1 cannot be read.</source>
        <translation>Hindi mabasa ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="273"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation>Na-import: suriin ito, pagkatapos ay i-save at ilagay ang API key nito.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="284"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Magbabago ang wika sa susunod na pagbukas ng app.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="305"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (luma na)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="347"/>
        <source>Built in: runs inside the app</source>
        <translation>Kasama sa app: tumatakbo sa loob ng app</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="348"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation>Kasama sa app: ang sariling mapa ng lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="349"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation>Kasama sa app: ang mga kalye ng lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="351"/>
        <source>Built in: the training city&apos;s own edge</source>
        <translation>Kasama sa app: ang sariling hangganan ng lungsod-pagsasanay</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="354"/>
        <source>Empty: OpenStreetMap</source>
        <translation>Walang laman: OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="355"/>
        <source>Needed for any map but OpenStreetMap&apos;s</source>
        <translation>Kailangan sa anumang mapa maliban sa OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="356"/>
        <source>GeoJSON: an https address or a file</source>
        <translation>GeoJSON: https na address o isang file</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="362"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Humingi ng key&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="365"/>
        <source>Managed by your administrator.</source>
        <translation>Pinamamahalaan ng inyong administrator.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="425"/>
        <source>Found. Ask the city for an API key (the link above), then save.</source>
        <translation>Nahanap. Humingi ng API key sa lungsod (ang link sa itaas), pagkatapos ay i-save.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="426"/>
        <source>Found. Check the fields, then save.</source>
        <translation>Nahanap. Suriin ang mga field, pagkatapos ay i-save.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="442"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="449"/>
        <source>Not needed</source>
        <translation>Hindi kailangan</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="455"/>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="463"/>
        <source>Not available</source>
        <translation>Hindi magamit</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="465"/>
        <source>Not set</source>
        <translation>Hindi naka-set</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="466"/>
        <source>Set by the administrator</source>
        <translation>Itinakda ng administrator</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="467"/>
        <source>Set</source>
        <translation>Naka-set</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="483"/>
        <source>Testing the connection…</source>
        <translation>Sinusubukan ang koneksiyon…</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="495"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>Nakakonekta: %n serbisyo ang iniaalok ng server.</numerusform>
            <numerusform>Nakakonekta: %n serbisyo ang iniaalok ng server.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="497"/>
        <source>The connection failed: %1</source>
        <translation>Nabigo ang koneksiyon: %1</translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="33"/>
        <source>Filter the services</source>
        <translation>I-filter ang mga serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="34"/>
        <source>Go on from the service filter to the address</source>
        <translation>Lumipat mula sa filter ng serbisyo papunta sa address</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="35"/>
        <source>Type the address</source>
        <translation>I-type ang address</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="36"/>
        <source>Find the address and move the pin there</source>
        <translation>Hanapin ang address at ilipat doon ang pin</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Map: move the view</source>
        <translation>Mapa: ilipat ang tanaw</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Arrow keys</source>
        <translation>Mga arrow key</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="38"/>
        <source>Map: zoom in, zoom out</source>
        <translation>Mapa: mag-zoom in, mag-zoom out</translation>
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
        <translation>Mapa: ilagay ang pin sa gitna</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="41"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="43"/>
        <source>Next field, previous field</source>
        <translation>Susunod na field, nakaraang field</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>A field or button by its underlined letter</source>
        <translation>Field o button ayon sa may salungguhit na titik</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>Alt+letter</source>
        <translation>Alt+titik</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="47"/>
        <source>Send the report</source>
        <translation>Ipadala ang ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="48"/>
        <source>Start the next report</source>
        <translation>Simulan ang susunod na ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="49"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation>Susunod na tab (Ulat, Pagsubaybay, Outbox)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="50"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation>Subaybayan ang numero ng kahilingang na-type sa Pagsubaybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="51"/>
        <source>Reload the city&apos;s services</source>
        <translation>I-load muli ang mga serbisyo ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="52"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="53"/>
        <source>This list</source>
        <translation>Ang listahang ito</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="54"/>
        <source>Quit</source>
        <translation>Lumabas</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="61"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>Press</source>
        <translation>Pindutin</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="45"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>Hindi magawa ang folder na %1 para sa %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="53"/>
        <source>it is not an SQLite file</source>
        <translation>hindi ito SQLite file</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="60"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>Hindi mabuksan ang %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="77"/>
        <source>%1 (%2) cannot be opened: the disk may be full, or the file may not be written (%3). Nothing in it was changed.</source>
        <translation>Hindi mabuksan ang %1 (%2): maaaring puno na ang disk, o hindi maisulat ang file (%3). Walang binago sa laman nito.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="81"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>Hindi mabasa ang %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="101"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="108"/>
        <source>%1 could not be renamed to %2.</source>
        <translation>Hindi mapalitan ang pangalan ng %1 at gawing %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="118"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation>Sira ang %1 (%2) o hindi ito database na mababasa ng app na ito (%3). Iniwan ang file nang walang pagbabago.</translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="21"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation>Itabi ang &amp;sirang file at magsimula ng bago</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="22"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation>Itabi ang sirang file at magsimula ng bago</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="24"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation>Papalitan ang pangalan ng file at magsisimula ng bagong walang laman; walang binubura.</translation>
    </message>
</context>
<context>
    <name>Open311::TileLoader</name>
    <message>
        <location filename="../lib/map/TileLoader.cpp" line="198"/>
        <source>The map&apos;s tile server uses plain HTTP, which nobody allowed for this jurisdiction. Use an https:// address, or allow plain HTTP in Settings.</source>
        <translation>Gumagamit ng HTTP na walang encryption ang tile server ng mapa, na hindi pinayagan para sa hurisdiksiyong ito. Gumamit ng https:// na address, o payagan ang HTTP na walang encryption sa Mga Setting.</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="14"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© mga kontribyutor ng OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="34"/>
        <source>Map tiles: %1</source>
        <translation>Mga tile ng mapa: %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackCommands</name>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="39"/>
        <source>Use %1.</source>
        <translation>Gamitin ang %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="43"/>
        <source>track add needs at least one service request id.</source>
        <translation>Kailangan ng track add ng kahit isang numero ng kahilingan.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="47"/>
        <source>track %1 takes no arguments.</source>
        <translation>Walang tinatanggap na argumento ang track %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="76"/>
        <source>%1 could not be followed: the Tracker file %2 could not be written (the disk may be full). Nothing already followed was lost.</source>
        <translation>Hindi masubaybayan ang %1: hindi maisulat ang file ng Pagsubaybay na %2 (maaaring puno na ang disk). Walang nawala sa mga sinusubaybayan na.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/TrackCommands.cpp" line="82"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>%n kahilingan ang sinusubaybayan na.</numerusform>
            <numerusform>%n kahilingan ang sinusubaybayan na.</numerusform>
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
        <translation>wala pang numero</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="152"/>
        <source>Token %1 is now request %2.</source>
        <translation>Naging kahilingan %2 na ang token na %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="159"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation>%1 nasuri, %2 nagbago, %3 nabigo.</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="89"/>
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="91"/>
        <source>Closed</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="98"/>
        <source>Unknown to the city</source>
        <translation>Hindi kilala ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Not checked yet</source>
        <translation>Hindi pa nasusuri</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Check failed</source>
        <translation>Nabigo ang pagsuri</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="117"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="119"/>
        <source>Waiting for the city&apos;s number</source>
        <translation>Hinihintay ang numero mula sa lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="121"/>
        <source>This service files reports in batches; the number comes when the city has filed it.</source>
        <translation>Pa-batch kung maghain ng mga ulat ang serbisyong ito; darating ang numero kapag naihain na ito ng lungsod.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="193"/>
        <source>Now</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="209"/>
        <source>Request id</source>
        <translation>Numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="211"/>
        <source>Service</source>
        <translation>Serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="213"/>
        <source>Address or location</source>
        <translation>Address o lokasyon</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="215"/>
        <source>Submitted</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="217"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="219"/>
        <source>Latest notes</source>
        <translation>Pinakabagong tala</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="221"/>
        <source>Last checked</source>
        <translation>Huling pagsuri</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="223"/>
        <source>Next check</source>
        <translation>Susunod na pagsuri</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="39"/>
        <source>Show &amp;archived</source>
        <translation>I&amp;pakita ang naka-archive</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>&amp;Subaybayan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="44"/>
        <source>R&amp;efresh</source>
        <translation>I-r&amp;efresh</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="45"/>
        <source>Refresh a&amp;ll</source>
        <translation>I-refresh &amp;lahat</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="46"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Ar&amp;chive</source>
        <translation>I-ar&amp;chive</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="48"/>
        <source>E&amp;xport CSV…</source>
        <translation>I-e&amp;xport ang CSV…</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="67"/>
        <source>Followed requests</source>
        <translation>Mga sinusubaybayang kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="69"/>
        <source>Filter by id, service, address or notes</source>
        <translation>I-filter ayon sa numero, serbisyo, address, o tala</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="71"/>
        <source>Filter followed requests</source>
        <translation>I-filter ang mga sinusubaybayang kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="72"/>
        <source>All statuses</source>
        <translation>Lahat ng katayuan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation>Hindi kilala ng lungsod</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="76"/>
        <source>Check failing</source>
        <translation>Pumapalya ang pagsuri</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="77"/>
        <source>Status filter</source>
        <translation>Filter ng katayuan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="78"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="79"/>
        <source>Request id to follow</source>
        <translation>Numero ng kahilingang susubaybayan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="81"/>
        <source>Follow this request id</source>
        <translation>Subaybayan ang numero ng kahilingang ito</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="82"/>
        <source>Check the selected request now</source>
        <translation>Suriin ngayon ang napiling kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="83"/>
        <source>Check every open request now</source>
        <translation>Suriin ngayon ang lahat ng bukas na kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="84"/>
        <source>Archive or restore the selected request</source>
        <translation>I-archive o ibalik ang napiling kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="85"/>
        <source>Stop following the selected request</source>
        <translation>Itigil ang pagsubaybay sa napiling kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="86"/>
        <source>Export the table with its history as CSV</source>
        <translation>I-export bilang CSV ang talahanayan kasama ang kasaysayan nito</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="87"/>
        <source>Show archived requests</source>
        <translation>Ipakita ang mga naka-archive na kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="90"/>
        <source>F&amp;ilter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="92"/>
        <source>Sho&amp;wing</source>
        <translation>&amp;Katayuan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="94"/>
        <source>Request i&amp;d</source>
        <translation>&amp;Numero ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="113"/>
        <source>About the empty list</source>
        <translation>Tungkol sa walang laman na listahan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>Export the Tracker</source>
        <translation>I-export ang Pagsubaybay</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="181"/>
        <source>No followed request matches the filter.</source>
        <translation>Walang sinusubaybayang kahilingan na tugma sa filter.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="184"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation>Naka-archive ang lahat ng sinusubaybayang kahilingan; ipinapakita ang mga ito ng “Ipakita ang naka-archive”.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="186"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation>Lalabas dito ang mga ulat na ipinapadala ninyo, kasama ang sinasabi ng lungsod tungkol sa mga ito. Para subaybayan ang kahilingang ginawa sa ibang lugar, i-type ang numero nito sa ibaba.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Re&amp;store</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="231"/>
        <source>Request %1</source>
        <translation>Kahilingan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="232"/>
        <source>Details of request %1</source>
        <translation>Mga detalye ng kahilingan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="238"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation>Kahilingan %1: %2 — %3
%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="240"/>
        <source>No address given</source>
        <translation>Walang ibinigay na address</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="245"/>
        <source>Notes: %1</source>
        <translation>Mga tala: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="247"/>
        <source>Handled by: %1</source>
        <translation>Inaasikaso ng: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="250"/>
        <source>Expected by: %1</source>
        <translation>Inaasahan sa: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="256"/>
        <source>The city says: %1</source>
        <translation>Sabi ng lungsod: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="259"/>
        <source>&lt;a href=&quot;%1&quot;&gt;The city&apos;s photo or page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Larawan o pahina ng lungsod&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="267"/>
        <source>What the city says of request %1</source>
        <translation>Ang sinasabi ng lungsod tungkol sa kahilingan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="278"/>
        <source>History of request %1</source>
        <translation>Kasaysayan ng kahilingan %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="305"/>
        <source>Where request %1 was reported</source>
        <translation>Kung saan iniulat ang kahilingan %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="190"/>
        <location filename="../lib/store/TrackerStore.cpp" line="193"/>
        <source>The tracker</source>
        <translation>Pagsubaybay</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerTab</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="29"/>
        <source>The city gave the report with token %1 its number: %2.</source>
        <translation>Binigyan ng lungsod ng numero ang ulat na may token na %1: %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="32"/>
        <source>A report has its number</source>
        <translation>May numero na ang isang ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="40"/>
        <source>A report changed</source>
        <translation>May nagbago sa isang ulat</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="49"/>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker</source>
        <translation>Pagsu&amp;baybay</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>Pagsu&amp;baybay (%n bago)</numerusform>
            <numerusform>Pagsu&amp;baybay (%n bago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="120"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation>Bagong katayuan ng kahilingan %1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="122"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation>Bagong katayuan ng kahilingan %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="133"/>
        <source>The Tracker was exported to %1.</source>
        <translation>Na-export ang Pagsubaybay sa %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="136"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation>Hindi ma-export ang Pagsubaybay sa %1: %2</translation>
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
        <translation>Sumagot ang server ng web page sa halip na GeoReport data.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="47"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>May idinedeklarang document type (DTD) ang sagot, na hindi kailanman ginagamit ng GeoReport; tinanggihan ito para sa kaligtasan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="51"/>
        <source>The server sent an empty answer.</source>
        <translation>Walang laman ang sagot na ipinadala ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="55"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Hindi XML ang sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="58"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Sumagot ang server ng &lt;%1&gt; kung saan &lt;%2&gt; ang inaasahan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="105"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Hindi buo ang dumating na sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="107"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Hindi maayos ang pagkakabuo ng XML na sagot ng server: %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="114"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation>Walang resulta o error sa sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="196"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation>Walang numero ng kahilingan ang sagot ng server sa ulat.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="218"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation>Walang katayuan ang sagot ng server tungkol sa katayuan.</translation>
    </message>
</context>
<context>
    <name>Open311::V2Codec</name>
    <message>
        <location filename="../lib/core/V2Codec.cpp" line="76"/>
        <source>The server&apos;s answer is neither XML nor JSON.</source>
        <translation>Hindi XML o JSON ang sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="25"/>
        <source>The server&apos;s answer is not the %1 answer that was asked for.</source>
        <translation>Hindi ang hininging sagot na %1 ang sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="30"/>
        <source>The server wrote an id as a number that cannot be read back as it was written, so it would come out as a different id.</source>
        <translation>Isinulat ng server ang isang ID bilang numerong hindi na mababasa nang eksakto kung paano ito isinulat, kaya lalabas itong ibang ID.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="42"/>
        <source>The server&apos;s answer was cut short; it is not valid JSON.</source>
        <translation>Hindi buo ang dumating na sagot ng server; hindi ito wastong JSON.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="44"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Hindi wastong JSON ang sagot ng server (%1 sa byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="53"/>
        <source>The server answered with a JSON object where a list was expected.</source>
        <translation>Sumagot ang server ng JSON object kung saan listahan ang inaasahan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="60"/>
        <source>The server answered with a JSON list where an object was expected.</source>
        <translation>Sumagot ang server ng JSON list kung saan object ang inaasahan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="66"/>
        <source>The server&apos;s JSON answer gives “%1” in a form GeoReport does not use.</source>
        <translation>Ibinibigay ng JSON na sagot ng server ang “%1” sa anyong hindi ginagamit ng GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="67"/>
        <source>The server sent an empty answer.</source>
        <translation>Walang laman ang sagot na ipinadala ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="73"/>
        <source>The server listed a service without a service_code, so it could not be chosen.</source>
        <translation>Naglista ang server ng serbisyong walang service_code, kaya hindi ito mapipili.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="75"/>
        <source>The server listed the service “%1” without a service_code, so it could not be chosen.</source>
        <translation>Naglista ang server ng serbisyong “%1” nang walang service_code, kaya hindi ito mapipili.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="82"/>
        <source>The server&apos;s answer to the report lists no request.</source>
        <translation>Walang nakalistang kahilingan sa sagot ng server sa ulat.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="87"/>
        <source>The server&apos;s answer to the report has neither a service request id nor a token.</source>
        <translation>Walang numero ng kahilingan o token ang sagot ng server sa ulat.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="93"/>
        <source>The server listed a request with neither a service_request_id nor a token.</source>
        <translation>Naglista ang server ng kahilingang walang service_request_id o token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="142"/>
        <source>The service definition has an attribute without a code, so it could not be answered.</source>
        <translation>May attribute na walang code ang depinisyon ng serbisyo, kaya hindi ito masagot.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="147"/>
        <source>The service definition lists a choice without a key for “%1”.</source>
        <translation>May nakalistang pagpipilian na walang key para sa “%1” ang depinisyon ng serbisyo.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2WireCodec.cpp" line="233"/>
        <source>The server listed no request with this id.</source>
        <translation>Walang nakalistang kahilingan na may ganitong numero ang server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="56"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Hindi buo ang dumating na sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="195"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Hindi XML ang sagot ng server.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="198"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>Sumagot ang server ng web page sa halip na GeoReport data.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="202"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>May idinedeklarang document type (DTD) ang sagot, na hindi kailanman ginagamit ng GeoReport; tinanggihan ito para sa kaligtasan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="223"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Sumagot ang server ng &lt;%1&gt; kung saan &lt;%2&gt; ang inaasahan.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="236"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Hindi maayos ang pagkakabuo ng XML na sagot ng server: %1.</translation>
    </message>
</context>
<context>
    <name>Open311::WindowDialogs</name>
    <message>
        <location filename="../lib/gui/window/WindowDialogs.cpp" line="45"/>
        <source>Kept in memory only</source>
        <translation>Sa memory lang nakatago</translation>
    </message>
</context>
<context>
    <name>Open311::WireCodec</name>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="25"/>
        <source>discovery documents</source>
        <translation>mga discovery document</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="28"/>
        <source>service definitions</source>
        <translation>mga depinisyon ng serbisyo</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="31"/>
        <source>lists of requests</source>
        <translation>mga listahan ng kahilingan</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="34"/>
        <source>tokens</source>
        <translation>mga token</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="40"/>
        <source>This city&apos;s server speaks GeoReport %1, which has no %2. Use a GeoReport v2 endpoint (--protocol v2).</source>
        <translation>Gumagamit ang server ng lungsod na ito ng GeoReport %1, na walang %2. Gumamit ng GeoReport v2 na endpoint (--protocol v2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="56"/>
        <source>Open311 Reporter needs a graphical session, and none was found (DISPLAY is not set).</source>
        <translation>Kailangan ng Open311 Reporter ng graphical session, at walang nakita (hindi naka-set ang DISPLAY).</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="59"/>
        <source>Open311 Reporter could not reach the display %1. Check that the graphical session is running, then start it again.</source>
        <translation>Hindi maabot ng Open311 Reporter ang display na %1. Tiyaking tumatakbo ang graphical session, pagkatapos ay simulan itong muli.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="80"/>
        <source>Open the built-in training city.</source>
        <translation>Buksan ang lungsod-pagsasanay na kasama sa app.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="82"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation>Patakbuhin bilang pampublikong kiosk: buong screen, walang setting, may pag-reset kapag walang gumagamit; ang PIN ng administrator ang paraan para lumabas dito.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="86"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation>Magbasa ng PIN ng administrator ng kiosk mula sa standard input at i-print ang linya para sa kiosk/adminPin sa configuration ng system.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="90"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>Para sa benchmark: i-print kung kailan naipinta ang unang frame at ang memory habang walang ginagawa, pagkatapos ay lumabas.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="100"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>Kailangan ng PIN ng kahit 4 na karakter.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="115"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation>Tumatakbo na ang Open311 Reporter para sa user na ito pero hindi ito tumutugon. Isara ito, o tapusin ang proseso nito, at subukang muli.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="121"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation>Tumatakbo na ang Open311 Reporter; inilabas sa harap ang window nito.</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="47"/>
        <source>The Open311 Reporter training city: a GeoReport server for a fictional city, speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, definitions, requests and tokens, in .json and .xml) on the same port, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>Ang lungsod-pagsasanay ng Open311 Reporter: isang GeoReport server para sa isang kathang-isip na lungsod, na gumagamit ng v1 sa ilalim ng /dev/V1/ at ng v2 sa ilalim ng /dev/v2/ (discovery, mga serbisyo, mga depinisyon, mga kahilingan at mga token, sa .json at .xml) sa iisang port, na may sarili nitong mga tile ng mapa (/tiles/{z}/{x}/{y}.png) at geocoder na tugma sa Nominatim (/geocoder/search, /geocoder/reverse). Walang totoong inihahain ito.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>TCP port; pumipili ang 0 ng bakanteng port at ipini-print ito (default 8311).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="59"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address na pakikinggan (default 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62"/>
        <source>Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 is always under /dev/v2/.</source>
        <translation>Path prefix ng mga GeoReport v1 method (default /dev/V1/). Laging nasa ilalim ng /dev/v2/ ang GeoReport v2.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <location filename="../app/sandbox/main.cpp" line="78"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>The city_id to accept (default %1).</source>
        <translation>Ang city_id na tatanggapin (default %1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>Isang tinatanggap na API key; ulitin para sa marami. Sariling mga kahilingan lang ang nakikita ng bawat isa. Default: %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Accept the API keys in this file, one per line, so that keys that matter stay out of the process list.</source>
        <translation>Tanggapin ang mga API key sa file na ito, isa bawat linya, para hindi lumabas sa listahan ng mga proseso ang mahahalagang key.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="77"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation>Ang SQLite file na nagtatago ng mga kahilingan.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="80"/>
        <source>A service_list XML file replacing the built-in catalogue. Its services may carry the v2 attributes group, keywords, type and agency_responsible, and the file may hold v2 &lt;service_definition&gt; elements.</source>
        <translation>Isang service_list XML file na papalit sa katalogong kasama sa app. Maaaring may mga v2 attribute na group, keywords, type at agency_responsible ang mga serbisyo nito, at maaaring maglaman ang file ng mga v2 &lt;service_definition&gt; element.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="83"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>Ilang segundo ang inilalagi ng isang kahilingan sa bawat yugto ng katayuan (default 120).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="86"/>
        <location filename="../app/sandbox/main.cpp" line="105"/>
        <source>SECONDS</source>
        <translation>SEGUNDO</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation>Seed para sa timing ng katayuan at mga pagpalya (default 311).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="88"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="89"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Iantala ang bawat sagot nang ganito karaming millisecond.</translation>
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
        <translation>Bahagi ng mga GeoReport call (0 hanggang 1) na pumapalya na parang may sirang server: HTTP 500, naputol na koneksiyon, pagtigil, putol na body, o error 204/102/302 (v1) o 400 (v2).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="98"/>
        <source>Milliseconds a stalled call waits before its connection is closed (default: 2 minutes, past any client&apos;s timeout).</source>
        <translation>Ilang millisecond maghihintay ang isang natigil na tawag bago isara ang koneksyon nito (default: 2 minuto, lampas sa timeout ng anumang client).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102"/>
        <source>Seconds before the token of a v2 batch service&apos;s request turns into an id (default %1).</source>
        <translation>Ilang segundo bago maging numero ng kahilingan ang token ng kahilingan sa isang v2 batch na serbisyo (default %1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="113"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>Tumatanggap ang --port ng numero mula 0 hanggang 65535.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="116"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>Tumatanggap ang --bind ng IP address, gaya ng 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Hindi mabasa ang key file na %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="131"/>
        <source>The key file %1 holds no key.</source>
        <translation>Walang key sa key file na %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="143"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation>Tumatanggap ang --pace ng positibong bilang ng segundo.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="146"/>
        <source>--seed takes a whole number.</source>
        <translation>Tumatanggap ang --seed ng buong bilang.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="149"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation>Tumatanggap ang --latency ng bilang ng millisecond.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="152"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>Tumatanggap ang --fault-rate ng numero mula 0 hanggang 1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="155"/>
        <source>--stall takes a number of milliseconds.</source>
        <translation>Tumatanggap ang --stall ng bilang ng millisecond.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="158"/>
        <source>--batch-delay takes a number of seconds from 0 to 86400.</source>
        <translation>Tumatanggap ang --batch-delay ng bilang ng segundo mula 0 hanggang 86400.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="167"/>
        <source>Training city listening on %1</source>
        <translation>Nakikinig ang lungsod-pagsasanay sa %1</translation>
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
            <numerusform>ID ng lungsod: %1; %n API key; data sa %2</numerusform>
            <numerusform>ID ng lungsod: %1; %n API key; data sa %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="176"/>
        <source>Tiles: %1</source>
        <translation>Mga tile: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="177"/>
        <source>Geocoder: %1</source>
        <translation>Geocoder: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="181"/>
        <source>Stopping the training city.</source>
        <translation>Itinitigil ang lungsod-pagsasanay.</translation>
    </message>
</context>
</TS>
