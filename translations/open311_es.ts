<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="15"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="24"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation>Envía avisos de problemas que no son emergencias al servidor Open311 GeoReport v1 de una ciudad y sigue cada aviso hasta que se cierra. Funciona con Qt %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="38"/>
        <source>Outbox and drafts</source>
        <translation>Bandeja de salida y borradores</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="39"/>
        <source>Followed requests</source>
        <translation>Solicitudes seguidas</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="40"/>
        <source>Training city</source>
        <translation>Ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>Open311::AccessibleText</name>
    <message>
        <location filename="../lib/gui/widgets/AccessibleText.cpp" line="60"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
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
        <translation>GeoReport v2 (borrador)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="74"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="77"/>
        <source>%1, production</source>
        <translation>%1, de producción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="79"/>
        <source>%1 (test)</source>
        <translation>%1 (prueba)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="81"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="83"/>
        <source>%1, production or test not stated</source>
        <translation>%1, sin indicar si es de producción o de prueba</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="91"/>
        <source>JSON and XML</source>
        <translation>JSON y XML</translation>
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
        <translation>Añadir una ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="119"/>
        <source>&amp;Address of the city&apos;s server or discovery document</source>
        <translation>&amp;Dirección del servidor de la ciudad o de su documento de descubrimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="122"/>
        <source>Allow plain &amp;HTTP (the API key would travel unencrypted)</source>
        <translation>Permitir &amp;HTTP sin cifrar (la clave de API viajaría sin protección)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="123"/>
        <source>&amp;Read</source>
        <translation>Consu&amp;ltar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="130"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="133"/>
        <source>Needed by GeoReport v1, and by servers with several cities</source>
        <translation>Necesario para GeoReport v1 y para servidores con varias ciudades</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="141"/>
        <source>Add &amp;the city</source>
        <translation>&amp;Añadir la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="145"/>
        <source>Address of the city&apos;s server or discovery document</source>
        <translation>Dirección del servidor de la ciudad o de su documento de descubrimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="146"/>
        <source>Allow plain HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="147"/>
        <source>Read the city&apos;s server</source>
        <translation>Consultar el servidor de la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="148"/>
        <source>About the city</source>
        <translation>Sobre la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="149"/>
        <source>Endpoints</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="150"/>
        <source>Jurisdiction id</source>
        <translation>Identificador de jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="151"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="152"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="153"/>
        <source>Add the city</source>
        <translation>Añadir la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="163"/>
        <source>Jurisdiction &amp;id</source>
        <translation>Id. de &amp;jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="255"/>
        <source>Reading the city&apos;s server…</source>
        <translation>Consultando el servidor de la ciudad…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="269"/>
        <source>The city&apos;s server could not be reached: %1</source>
        <translation>No se pudo contactar con el servidor de la ciudad: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="297"/>
        <source>This address has no discovery document, but a GeoReport v2 server answers there.</source>
        <translation>Esta dirección no tiene documento de descubrimiento, pero en ella responde un servidor GeoReport v2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="311"/>
        <source>No discovery document was found at this address, and no GeoReport server answers there. %1</source>
        <translation>No se encontró ningún documento de descubrimiento en esta dirección, y en ella no responde ningún servidor GeoReport. %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="322"/>
        <source>This address has no discovery document, but a GeoReport v1 server answers there.</source>
        <translation>Esta dirección no tiene documento de descubrimiento, pero en ella responde un servidor GeoReport v1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="343"/>
        <source>The city&apos;s discovery document lists no GeoReport endpoint.</source>
        <translation>El documento de descubrimiento de la ciudad no indica ningún servidor GeoReport.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="348"/>
        <source>The city&apos;s discovery document lists %n endpoint(s); the one to use is selected.</source>
        <translation>
            <numerusform>El documento de descubrimiento de la ciudad indica %n servidor; el que se debe usar está seleccionado.</numerusform>
            <numerusform>El documento de descubrimiento de la ciudad indica %n servidores; el que se debe usar está seleccionado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="370"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="372"/>
        <source>API keys: %1</source>
        <translation>Claves de API: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="433"/>
        <source> (test)</source>
        <translation> (prueba)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="434"/>
        <source>Test endpoint: reports filed here are not real.</source>
        <translation>Servidor de prueba: los avisos registrados aquí no son reales.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="449"/>
        <source>Give the city a name.</source>
        <translation>Indique un nombre para la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="452"/>
        <source>A GeoReport v1 server needs the city&apos;s id: enter it under Jurisdiction id (for example sfgov.org).</source>
        <translation>Un servidor GeoReport v1 necesita el identificador de la ciudad: escríbalo en «Id. de jurisdicción» (por ejemplo, sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::AppSession</name>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="46"/>
        <source>The city&apos;s service area could not be loaded: %1</source>
        <translation>No se pudo cargar el área de servicio de la ciudad: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="164"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation>Los registros de la ciudad de práctica estaban dañados; se conservaron como %1 y la ciudad empieza de cero.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city (Sandbox City)</source>
        <translation>Ciudad de práctica (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city over GeoReport v1</source>
        <translation>Ciudad de práctica con GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="188"/>
        <source>Training city map</source>
        <translation>Mapa de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="207"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation>La jurisdicción «%1» no está configurada.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="209"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation>La jurisdicción %1 no está bien configurada: %2 Abra la configuración para corregirla.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="218"/>
        <source>The training city could not start: %1</source>
        <translation>No se pudo iniciar la ciudad de práctica: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="232"/>
        <source>Fetching the API key…</source>
        <translation>Obteniendo la clave de API…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="239"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation>No hay clave de API para %1. Indíquela en la configuración (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="344"/>
        <source>Loading services…</source>
        <translation>Cargando los servicios…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="350"/>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="354"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>Conectado: %n servicio</numerusform>
            <numerusform>Conectado: %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="373"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation>No se pudieron cargar las solicitudes existentes de %1: %2</translation>
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
            <numerusform>%1: se omitió %n solicitud sin coordenadas válidas.</numerusform>
            <numerusform>%1: se omitieron %n solicitudes sin coordenadas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="421"/>
        <source>Request %1 could not be added to the Tracker: its file could not be written (the disk may be full). Nothing already followed was lost; free some space and follow it again from the Tracker tab.</source>
        <translation>No se pudo añadir la solicitud %1 al seguimiento: no se pudo escribir su archivo (puede que el disco esté lleno). No se perdió nada de lo que ya seguía; libere espacio y vuelva a seguirla desde la pestaña Seguimiento.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="477"/>
        <source>Not connected yet.</source>
        <translation>Aún sin conexión.</translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="56"/>
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>No se encontró el servidor %1. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="61"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>El servidor %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>No se pudo establecer una conexión segura con %1: su certificado no es de confianza o no es válido. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="68"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation>El servidor %1 redirigió la solicitud a otra dirección. No se siguió, para que la clave de API no salga del servidor de la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="72"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>Se perdió la conexión con %1 después de enviar la solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="75"/>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Falló la conexión con %1 (error de red %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="150"/>
        <source>Give a service request id.</source>
        <translation>Indique un número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="171"/>
        <source>Give a service code.</source>
        <translation>Indique un código de servicio.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="195"/>
        <source>Give a token.</source>
        <translation>Indique un token.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="220"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>el servidor falló con el estado HTTP %1 mientras la procesaba.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="362"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation>La respuesta del servidor supera %1; se cortó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="368"/>
        <source>the server did not answer in time.</source>
        <translation>el servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="378"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>La respuesta del servidor llegó incompleta.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="390"/>
        <source>The server sent no HTTP answer.</source>
        <translation>El servidor no envió ninguna respuesta HTTP.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandContext</name>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="78"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation>No existe la jurisdicción «%1» (véase: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="83"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation>La ciudad de práctica funciona dentro de la aplicación. Inicie open311-sandbox y use --endpoint.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="104"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation>No hay clave de API para %1. Indíquela en la configuración de la aplicación, instale un archivo de clave o defina OPEN311_API_KEY.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="120"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave de API %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="152"/>
        <source>--protocol takes v1 or v2.</source>
        <translation>--protocol admite v1 o v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="158"/>
        <source>Give --city-id or --jurisdiction-id, not both.</source>
        <translation>Indique --city-id o --jurisdiction-id, no ambos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="177"/>
        <source>--format takes json or xml.</source>
        <translation>--format admite json o xml.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="223"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout admite un número de segundos entre 0 y 3600.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="44"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="116"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="46"/>
        <source>Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation>Cada envío se guarda en la bandeja de salida antes de enviarse, y se envía como máximo una vez; --no-outbox envía directamente.

La clave de API se lee de la variable de entorno %1 o de --api-key-file; nunca se indica como argumento.

Códigos de salida: 0 éxito, 2 error de uso o de validación (no se envió nada), 3 el servidor respondió con un error Open311, 4 fallo de HTTP, de red, de tiempo de espera o de protocolo, 5 se desconoce el resultado de un envío.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="57"/>
        <source>%1 (see the commands above).</source>
        <translation>%1 (véanse las órdenes de arriba).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="60"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation>Usa una jurisdicción configurada (véase: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>La URL base del servidor, p. ej. https://ciudad.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <source>The city id the server expects.</source>
        <translation>El identificador de ciudad que espera el servidor.</translation>
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
        <translation>La versión GeoReport del servidor: v1 (por omisión) o v2; una jurisdicción configurada trae la suya.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="68"/>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="70"/>
        <source>GeoReport v2: the jurisdiction_id, where the server serves several cities.</source>
        <translation>GeoReport v2: el jurisdiction_id, cuando el servidor atiende a varias ciudades.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="73"/>
        <source>GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again in XML.</source>
        <translation>GeoReport v2: pide json (por omisión) o xml; si el JSON no es válido, se vuelve a pedir en XML.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="75"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="77"/>
        <source>GeoReport v2: ask for service names and questions in this language (the server&apos;s locale parameter); a profile that lists its server&apos;s languages picks the interface language&apos;s.</source>
        <translation>GeoReport v2: pide los nombres de los servicios y las preguntas en este idioma (el parámetro locale del servidor); un perfil que indica los idiomas de su servidor elige el de la interfaz.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="80"/>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Segundos de espera por una respuesta (30 por omisión).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="82"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>Permite un servidor http:// sin cifrar que no está en este equipo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85"/>
        <source>Print JSON for scripts.</source>
        <translation>Imprime JSON para scripts.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>Read the API key from this file.</source>
        <translation>Lee la clave de API de este archivo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="43"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 or v2 server.</source>
        <translation>Envía avisos de problemas que no son emergencias al servidor Open311 GeoReport v1 o v2 de una ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="114"/>
        <source>Name a command: %1.</source>
        <translation>Indique una orden: %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="118"/>
        <source>Options: open311 --help</source>
        <translation>Opciones: open311 --help</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="124"/>
        <source>Unknown command “%1”. Use %2.</source>
        <translation>Orden desconocida «%1». Use %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="133"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation>Indique --profile o --endpoint, no ambos.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineWording</name>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="16"/>
        <source>Give the service with --service-code CODE (see: open311 services).</source>
        <translation>Indique el servicio con --service-code CODE (véase: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="19"/>
        <source>Give a location: --lat and --lon, or --address.</source>
        <translation>Indique una ubicación: --lat y --lon, o --address.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="24"/>
        <source>Give both --lat and --lon, or neither.</source>
        <translation>Indique a la vez --lat y --lon, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="26"/>
        <source>--lat must be between -90 and 90 degrees.</source>
        <translation>--lat debe estar entre -90 y 90 grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="28"/>
        <source>--lon must be between -180 and 180 degrees.</source>
        <translation>--lon debe estar entre -180 y 180 grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="35"/>
        <source>The --description-file has %1 characters; the city accepts at most %2.</source>
        <translation>El archivo de --description-file tiene %1 caracteres; la ciudad acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="37"/>
        <source>The --description has %1 characters; the city accepts at most %2.</source>
        <translation>La descripción de --description tiene %1 caracteres; la ciudad acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="42"/>
        <source>--email does not look like an email address (name@example.org).</source>
        <translation>--email no parece una dirección de correo (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="45"/>
        <source>--media-url takes a full web address starting with http:// or https://.</source>
        <translation>--media-url admite una dirección web completa que empiece por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="63"/>
        <source>The endpoint %1 uses plain HTTP, which would send the API key unencrypted. Use https://, or give --allow-http to send it anyway.</source>
        <translation>El servidor %1 usa HTTP sin cifrar, lo que enviaría la clave de API sin protección. Use https://, o indique --allow-http para enviarla de todos modos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="69"/>
        <source>--endpoint must start with https:// (or http://, with --allow-http when the server is not this machine).</source>
        <translation>--endpoint debe empezar por https:// (o http://, con --allow-http cuando el servidor no está en este equipo).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="73"/>
        <source>--endpoint takes the server&apos;s full address, such as https://city.example/dev/V1/.</source>
        <translation>--endpoint admite la dirección completa del servidor, como https://ciudad.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="77"/>
        <source>Give the city id with --city-id ID (or OPEN311_CITY_ID), for example --city-id sfgov.org.</source>
        <translation>Indique el identificador de ciudad con --city-id ID (o OPEN311_CITY_ID), por ejemplo --city-id sfgov.org.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="86"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation>Indique el servidor con --endpoint URL (o OPEN311_ENDPOINT), o un --profile.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="91"/>
        <source>No API key was given. Set the environment variable OPEN311_API_KEY, or give --api-key-file PATH (never the key itself as an argument).</source>
        <translation>No se indicó ninguna clave de API. Defina la variable de entorno OPEN311_API_KEY, o indique --api-key-file PATH (nunca la propia clave como argumento).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="97"/>
        <source>OPEN311_API_KEY is set but blank. Put the city&apos;s API key in it, or give --api-key-file PATH.</source>
        <translation>OPEN311_API_KEY está definida pero vacía. Ponga en ella la clave de API de la ciudad, o indique --api-key-file PATH.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="103"/>
        <source>The API key file %1 is empty. Write the city&apos;s API key in it, or set OPEN311_API_KEY.</source>
        <translation>El archivo de clave de API %1 está vacío. Escriba en él la clave de API de la ciudad, o defina OPEN311_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandStores</name>
    <message>
        <location filename="../lib/cli/CommandStores.cpp" line="26"/>
        <source>Use --no-outbox to send without it.</source>
        <translation>Use --no-outbox para enviar sin ella.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandTable</name>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <source>submit, requests: the service code.</source>
        <translation>submit, requests: el código de servicio.</translation>
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
        <translation>GRADOS</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>submit: longitude (WGS84).</source>
        <translation>submit: longitud (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="36"/>
        <source>submit: the address as a person would write it.</source>
        <translation>submit: la dirección tal como la escribiría una persona.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="37"/>
        <location filename="../lib/cli/CommandTable.cpp" line="45"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation>submit: el correo de quien avisa.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <source>submit: the device id.</source>
        <translation>submit: el identificador del dispositivo.</translation>
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
        <translation>submit: el identificador de cuenta.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <source>submit: first name.</source>
        <translation>submit: nombre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>submit: last name.</source>
        <translation>submit: apellidos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>submit: phone number.</source>
        <translation>submit: número de teléfono.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="44"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit: la descripción (4.000 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="46"/>
        <source>submit: read the description from a file.</source>
        <translation>submit: lee la descripción de un archivo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="47"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>submit: a link to a photo or page.</source>
        <translation>submit: un enlace a una foto o una página.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>submit (v2): the location as an id of the city&apos;s address database.</source>
        <translation>submit (v2): la ubicación como identificador de la base de datos de direcciones de la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="52"/>
        <source>submit (v2): an answer to the service&apos;s definition; repeat it, and repeat a code for each value of a multivaluelist.</source>
        <translation>submit (v2): una respuesta a la definición del servicio; repítala, y repita un código por cada valor de un multivaluelist.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="54"/>
        <source>CODE=VALUE</source>
        <translation>CÓDIGO=VALOR</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="56"/>
        <source>submit (v2): a photo to upload with the report, for a city that takes uploads; repeat it for more. It is made smaller and sent without its EXIF data.</source>
        <translation>submit (v2): una foto que se sube con el aviso, para una ciudad que acepta la subida de fotos; repítala para añadir más. Se reduce y se envía sin sus datos EXIF.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="58"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="59"/>
        <source>submit: send directly, without the outbox.</source>
        <translation>submit: envía directamente, sin la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="61"/>
        <source>submit: send even when the place is outside the jurisdiction&apos;s service area.</source>
        <translation>submit: enviar aunque el lugar esté fuera del área de servicio de la jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>requests: only this service.</source>
        <translation>requests: solo este servicio.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>requests: open or closed.</source>
        <translation>requests: open o closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="66"/>
        <source>requests: filed on or after this date (ISO 8601).</source>
        <translation>requests: registradas en esta fecha o después (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="67"/>
        <location filename="../lib/cli/CommandTable.cpp" line="69"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="68"/>
        <source>requests: filed on or before this date (ISO 8601).</source>
        <translation>requests: registradas en esta fecha o antes (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>requests: these ids, separated by commas.</source>
        <translation>requests: estos números de solicitud, separados por comas.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="71"/>
        <source>requests: this page, where the server offers paging.</source>
        <translation>requests: esta página, si el servidor ofrece paginación.</translation>
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
        <translation>requests: resultados por página, con --page.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="75"/>
        <source>requests: ask for the server&apos;s extra fields (extensions=true) and print every field the spec does not name.</source>
        <translation>requests: pide los campos adicionales del servidor (extensions=true) y muestra todos los campos que la especificación no nombra.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="80"/>
        <source>outbox list: the reports of every endpoint, not only this one&apos;s.</source>
        <translation>outbox list: los avisos de todos los servidores, no solo los de este.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="87"/>
        <source>the jurisdictions configured on this computer</source>
        <translation>las jurisdicciones configuradas en este equipo</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="90"/>
        <source>list the city&apos;s services</source>
        <translation>lista los servicios de la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="94"/>
        <source>the endpoints a city&apos;s discovery document lists (v2)</source>
        <translation>los servidores que indica el documento de descubrimiento de una ciudad (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="98"/>
        <source>the attributes a service asks for (v2)</source>
        <translation>los atributos que pide un servicio (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="102"/>
        <source>file a new report at --lat/--lon or --address</source>
        <translation>registra un aviso nuevo en --lat/--lon o --address</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="105"/>
        <source>show the status of reports</source>
        <translation>muestra el estado de los avisos</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="112"/>
        <source>list the city&apos;s requests (v2; 90 days or 1,000 by default)</source>
        <translation>lista las solicitudes de la ciudad (v2; 90 días o 1.000 por omisión)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="117"/>
        <source>the request id a batch service&apos;s token became (v2)</source>
        <translation>el número de solicitud en que se convirtió el token de un servicio por lotes (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="122"/>
        <source>reports not yet sent, and why (this endpoint&apos;s, or --all)</source>
        <translation>avisos aún no enviados, y por qué (los de este servidor, o --all)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="124"/>
        <source>send what waits in the outbox for this endpoint</source>
        <translation>envía lo que espera en la bandeja de salida para este servidor</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="126"/>
        <source>send a report again (after checking it did not arrive)</source>
        <translation>vuelve a enviar un aviso (tras comprobar que no llegó)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="128"/>
        <source>remove a report from the outbox</source>
        <translation>quita un aviso de la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="134"/>
        <source>follow requests (sent reports are followed by themselves)</source>
        <translation>sigue solicitudes (los avisos enviados se siguen solos)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="136"/>
        <source>the followed requests and their last known status</source>
        <translation>las solicitudes seguidas y su último estado conocido</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="138"/>
        <source>check every followed request that is not closed, once</source>
        <translation>consulta una vez cada solicitud seguida que no esté cerrada</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="171"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="250"/>
        <source>The option --%1 belongs to the %2 command.</source>
        <translation>La opción --%1 pertenece a la orden %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="253"/>
        <source>The option --%1 belongs to %2.</source>
        <translation>La opción --%1 pertenece a %2.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionCache</name>
    <message>
        <location filename="../lib/session/DefinitionCache.cpp" line="115"/>
        <source>There is no jurisdiction to ask for its questions.</source>
        <translation>No hay ninguna jurisdicción a la que pedir sus preguntas.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionPresenter</name>
    <message>
        <location filename="../lib/gui/report/DefinitionPresenter.cpp" line="17"/>
        <source>The city&apos;s questions about this service could not be loaded: %1 The report can still go; the city will say if it needs more.</source>
        <translation>No se pudieron cargar las preguntas de la ciudad sobre este servicio: %1 El aviso puede enviarse igualmente; la ciudad dirá si necesita más.</translation>
    </message>
</context>
<context>
    <name>Open311::DiscoveryCommand</name>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="25"/>
        <source>discover takes one URL: a discovery document, or the folder that holds discovery.json.</source>
        <translation>discover admite una URL: un documento de descubrimiento, o la carpeta que contiene discovery.json.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="64"/>
        <source>* the endpoint to use: production GeoReport v2.</source>
        <translation>* el servidor que debe usar: GeoReport v2 de producción.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="66"/>
        <source>This document lists no GeoReport v2 endpoint.</source>
        <translation>Este documento no indica ningún servidor GeoReport v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="68"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="70"/>
        <source>API keys: %1</source>
        <translation>Claves de API: %1</translation>
    </message>
</context>
<context>
    <name>Open311::DraftStore</name>
    <message>
        <location filename="../lib/store/DraftStore.cpp" line="50"/>
        <location filename="../lib/store/DraftStore.cpp" line="53"/>
        <source>The drafts</source>
        <translation>Los borradores</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="44"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>El servidor no es una URL válida. Indique la dirección completa, como https://ciudad.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="50"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>El servidor debe empezar por https:// (o http:// donde se permita HTTP sin cifrar).</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="55"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>El servidor usa HTTP sin cifrar, lo que enviaría la clave de API sin protección. Use https:// o permita HTTP sin cifrar de forma explícita.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="60"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>El identificador de ciudad está vacío. Los servidores GeoReport v1 lo necesitan (por ejemplo sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation>No se envió ninguna clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation>El servidor no acepta esta clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation>El servidor no pudo generar su lista de servicios.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation>No se eligió ningún servicio.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation>El servidor no ofrece el servicio elegido.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation>El servidor no pudo registrar el aviso; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>El servidor no conoce este número de solicitud, o se creó con otra clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="33"/>
        <source>The server refused the request as incomplete or invalid.</source>
        <translation>El servidor rechazó la solicitud por incompleta o no válida.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="35"/>
        <source>The server does not accept this API key, or none was sent.</source>
        <translation>El servidor no acepta esta clave de API, o no se envió ninguna.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="37"/>
        <source>The server does not know what was asked for.</source>
        <translation>El servidor no reconoce lo que se le pidió.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="39"/>
        <source>The server reported an error.</source>
        <translation>El servidor informó de un error.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="99"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>La dirección del servidor es incorrecta o el servicio no está en marcha (HTTP 404). Compruebe la URL del servidor.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="102"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="104"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="121"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="129"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="138"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>Puede que el aviso haya llegado a la ciudad o no: %1 No se volvió a enviar, para que no pueda registrarse dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="149"/>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="151"/>
        <source>The server said: “%1”</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="156"/>
        <source>It began with: “%1”</source>
        <translation>Empezaba así: «%1»</translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="76"/>
        <location filename="../lib/map/FeedLoader.cpp" line="91"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation>El canal %1 supera los 64 MB y no se leyó.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="77"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation>No se pudo descargar el canal %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="110"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation>El canal supera los 64 MB y no se leyó.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="121"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation>El canal no es KML, GeoJSON ni CSV.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="137"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation>El canal declara un tipo de documento (DTD); se rechazó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="181"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation>El canal KML no está bien formado: %1 (línea %2).</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="193"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation>El canal GeoJSON no es JSON válido: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="242"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation>El canal CSV no tiene columnas de latitud y longitud.</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="101"/>
        <source>The address search service uses plain HTTP, which would send the address unencrypted. Use an https:// address, or allow plain HTTP for this jurisdiction in Settings.</source>
        <translation>El servicio de búsqueda de direcciones usa HTTP sin cifrar, que enviaría la dirección sin protección. Use una dirección https:// o permita HTTP sin cifrar para esta jurisdicción en la configuración.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/map/Geocoder.cpp" line="113"/>
        <source>The address search service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servicio de búsqueda de direcciones está ocupado. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El servicio de búsqueda de direcciones está ocupado. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="145"/>
        <source>Type an address to search for.</source>
        <translation>Escriba una dirección para buscarla.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="248"/>
        <source>The address search service could not be reached.</source>
        <translation>No se pudo contactar con el servicio de búsqueda de direcciones.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="122"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>El servicio de búsqueda de direcciones envió una respuesta que no es JSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="129"/>
        <source>The address search service said: %1</source>
        <translation>El servicio de búsqueda de direcciones dijo: %1</translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="38"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Este equipo no tiene llavero (Secret Service o KWallet), así que la clave de API no se puede guardar de forma segura. Pida a su administrador que instale un archivo de clave, o defina %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="45"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation>El llavero denegó el acceso a la clave de API. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="48"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation>No se pudo usar el llavero. Pida a su administrador que instale un archivo de clave, o defina %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="88"/>
        <source>The key file %1 does not exist.</source>
        <translation>El archivo de clave %1 no existe.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="91"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation>El archivo de clave %1 no pertenece a root, así que no se usó.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="94"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation>Cualquier usuario puede leer o modificar el archivo de clave %1, así que no se usó. Haga que solo lo lean su propietario y su grupo (chmod 640).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="100"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="103"/>
        <source>The key file %1 is empty.</source>
        <translation>El archivo de clave %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="117"/>
        <source>The key file %1 is damaged: its first line is longer than any API key. Write the city&apos;s key in it again, on a line of its own.</source>
        <translation>El archivo de clave %1 está dañado: su primera línea es más larga que cualquier clave de API. Vuelva a escribir en él la clave de la ciudad, en una línea aparte.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="126"/>
        <source>The key file %1 is damaged: its first line holds characters that no API key has. Write the city&apos;s key in it again.</source>
        <translation>El archivo de clave %1 está dañado: su primera línea contiene caracteres que ninguna clave de API tiene. Vuelva a escribir en él la clave de la ciudad.</translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="69"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="70"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="71"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="74"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="75"/>
        <source>Administrator PIN:</source>
        <translation>PIN de administrador:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="80"/>
        <source>Administrator PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="83"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="84"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="85"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="117"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation>Solicitud %1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="139"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation>No hay PIN de administrador configurado; no se puede salir de este quiosco.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="140"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="232"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="247"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>¿Sigue ahí? Este aviso se borrará dentro de %n segundo.</numerusform>
            <numerusform>¿Sigue ahí? Este aviso se borrará dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="21"/>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="96"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="76"/>
        <source>Check</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="22"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation>Bienvenido. Avise a la ciudad de un bache, una pintada, una farola rota u otro problema que no sea una emergencia.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="25"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation>Para emergencias, llame al número de emergencias local.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="106"/>
        <source>Already reported? Enter your request id:</source>
        <translation>¿Ya lo avisó? Escriba su número de solicitud:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="108"/>
        <source>Request id to look up</source>
        <translation>Número de solicitud que consultar</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="112"/>
        <source>Check the status of this request</source>
        <translation>Consultar el estado de esta solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="115"/>
        <source>Status of the request</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="158"/>
        <source>Checking…</source>
        <translation>Consultando…</translation>
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
        <location filename="../lib/gui/window/MainWindow.cpp" line="78"/>
        <source>&amp;Undo clear</source>
        <translation>Des&amp;hacer el vaciado</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="86"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="163"/>
        <source>&amp;Report</source>
        <translation>Avis&amp;o</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="92"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="91"/>
        <source>Report</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="107"/>
        <location filename="../lib/gui/window/MainWindow.cpp" line="113"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="108"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="109"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="112"/>
        <source>Undo clearing the form</source>
        <translation>Deshacer el vaciado del formulario</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="114"/>
        <source>The city the reports go to</source>
        <translation>La ciudad a la que van los avisos</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="117"/>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="127"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
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
        <location filename="../lib/gui/window/MainWindow.cpp" line="164"/>
        <source>&amp;New report</source>
        <translation>Aviso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh services</source>
        <translation>&amp;Actualizar los servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="296"/>
        <source>Reports cannot be sent: %1</source>
        <translation>No se pueden enviar avisos: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="301"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation>%1

No se puede enviar ningún aviso hasta que la bandeja de salida vuelva a funcionar; lo escrito en el formulario se queda ahí.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="304"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="378"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsoleta)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="322"/>
        <source>The Tracker is not available: %1</source>
        <translation>El seguimiento no está disponible: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="321"/>
        <source>Tracker not available</source>
        <translation>Seguimiento no disponible</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="182"/>
        <source>&amp;About Open311 Reporter</source>
        <translation>A&amp;cerca de Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="300"/>
        <source>Outbox not available</source>
        <translation>Bandeja de salida no disponible</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="305"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation>Se empezó una bandeja de salida nueva. El archivo dañado se conservó como %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Tracker</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="324"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation>Se empezó un seguimiento nuevo. El archivo dañado se conservó como %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="453"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation>La ciudad ya tiene la solicitud %1; no hace falta avisar de nuevo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="458"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation>La solicitud %1 ahora se sigue en el seguimiento; no se presentó un aviso nuevo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="202"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>No se pudo cargar la lista de servicios: %1 Pulse F5 para volver a intentarlo.</translation>
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
        <translation>Las flechas mueven el mapa, más y menos cambian el zoom, Intro o Espacio colocan el marcador en el centro. Haga clic o arrastre para colocar el marcador.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="297"/>
        <source>Tiles from %1 over HTTP/2</source>
        <translation>Mosaicos de %1 por HTTP/2</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="300"/>
        <source>Tiles from %1 over HTTP/1.1</source>
        <translation>Mosaicos de %1 por HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="304"/>
        <source>Tiles from %1</source>
        <translation>Mosaicos de %1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="14"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="15"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="17"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="18"/>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="505"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="520"/>
        <source>The map could not be loaded.</source>
        <translation>No se pudo cargar el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="506"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation>No se pudo cargar el mapa. La dirección, o la latitud y la longitud, pueden indicar igualmente dónde está el problema.</translation>
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
</context>
<context>
    <name>Open311::MultipartForm</name>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="138"/>
        <source>The body is not multipart/form-data.</source>
        <translation>El cuerpo no es multipart/form-data.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="143"/>
        <source>The parameters of the multipart Content-Type cannot be read.</source>
        <translation>No se pueden leer los parámetros del Content-Type multipart.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="148"/>
        <source>The multipart Content-Type has no boundary.</source>
        <translation>El Content-Type multipart no tiene delimitador (boundary).</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="156"/>
        <source>The multipart boundary must be 1 to 70 letters, digits or &apos;()+_,-./:=? characters, not ending in a space.</source>
        <translation>El delimitador multipart debe tener de 1 a 70 letras, cifras o caracteres &apos;()+_,-./:=? y no terminar en un espacio.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="199"/>
        <source>The multipart body never reaches its boundary.</source>
        <translation>El cuerpo multipart nunca llega a su delimitador.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="208"/>
        <source>The multipart body has no parts.</source>
        <translation>El cuerpo multipart no tiene partes.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="214"/>
        <source>Boundary line %1 of the multipart body is malformed.</source>
        <translation>La línea de delimitador %1 del cuerpo multipart está mal formada.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="219"/>
        <source>The multipart body has more than %1 parts.</source>
        <translation>El cuerpo multipart tiene más de %1 partes.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="226"/>
        <source>Part %1 of the multipart body has no Content-Disposition.</source>
        <translation>La parte %1 del cuerpo multipart no tiene Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="232"/>
        <source>The header fields of part %1 are longer than 8 KiB.</source>
        <translation>Los campos de cabecera de la parte %1 ocupan más de 8 KiB.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="233"/>
        <source>The multipart body ends inside the header fields of part %1.</source>
        <translation>El cuerpo multipart termina dentro de los campos de cabecera de la parte %1.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="240"/>
        <source>Part %1 of the multipart body: %2</source>
        <translation>Parte %1 del cuerpo multipart: %2</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="246"/>
        <source>The multipart body ends without its closing boundary.</source>
        <translation>El cuerpo multipart termina sin su delimitador de cierre.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="267"/>
        <source>a header line holds a bare CR, LF or NUL.</source>
        <translation>una línea de cabecera contiene un CR, LF o NUL suelto.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="269"/>
        <source>folded header lines are not accepted.</source>
        <translation>no se aceptan líneas de cabecera plegadas.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="275"/>
        <source>a header line is not a name, a colon and a value.</source>
        <translation>una línea de cabecera no consta de un nombre, dos puntos y un valor.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="280"/>
        <source>Content-Disposition is given twice.</source>
        <translation>Content-Disposition aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="286"/>
        <source>Content-Disposition must be form-data with its parameters.</source>
        <translation>Content-Disposition debe ser form-data con sus parámetros.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="289"/>
        <source>Content-Disposition names no field.</source>
        <translation>Content-Disposition no indica ningún campo.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="298"/>
        <source>Content-Type is given twice.</source>
        <translation>Content-Type aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="304"/>
        <source>Content-Transfer-Encoding %1 is not supported; send the bytes as they are.</source>
        <translation>No se admite Content-Transfer-Encoding %1; envíe los bytes tal como son.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="310"/>
        <source>it has no Content-Disposition.</source>
        <translation>no tiene Content-Disposition.</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation>Elija un servicio.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique a la vez latitud y longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>La latitud debe estar entre -90 y 90 grados.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>La longitud debe estar entre -180 y 180 grados.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>Indique una ubicación: coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="38"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>La descripción tiene %1 caracteres; la ciudad acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="43"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>La dirección de correo no parece correcta (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="50"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>El enlace debe ser una dirección web completa que empiece por http:// o https://.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/core/NewRequest.cpp" line="56"/>
        <source>At most %n photos can go with a report.</source>
        <translation>
            <numerusform>Un aviso puede llevar como máximo %n foto.</numerusform>
            <numerusform>Un aviso puede llevar como máximo %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="60"/>
        <source>The photo %1 is empty or larger than %2 MB.</source>
        <translation>La foto %1 está vacía o supera los %2 MB.</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="189"/>
        <location filename="../lib/store/Outbox.cpp" line="191"/>
        <source>The outbox</source>
        <translation>La bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="492"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>La aplicación se detuvo mientras se enviaba este aviso; puede que haya llegado a la ciudad o no.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxCommands</name>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="43"/>
        <source>Use %1.</source>
        <translation>Use %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="51"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>outbox %1 admite el número de un aviso (véase: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="55"/>
        <source>outbox %1 takes no arguments.</source>
        <translation>outbox %1 no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="108"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>No hay ningún aviso %1 en la bandeja de salida que se pueda descartar.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="111"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation>El aviso %1 se quitó de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="128"/>
        <source>Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then `open311 outbox resend ID`, or `open311 outbox discard ID`.</source>
        <translation>Rechazados por la ciudad: %1. Corrija el problema (si la clave es incorrecta, defina %2) y luego `open311 outbox resend ID`, o `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="134"/>
        <source>Perhaps received by the city: %1. If the city does not have it, `open311 outbox resend ID`; if it does, `open311 outbox discard ID`.</source>
        <translation>Quizá recibidos por la ciudad: %1. Si la ciudad no lo tiene, `open311 outbox resend ID`; si lo tiene, `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="140"/>
        <source>%1 more wait for other endpoints (see: open311 outbox list --all).</source>
        <translation>%1 más están en espera para otros servidores (véase: open311 outbox list --all).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="156"/>
        <source>There is no report %1 in the outbox (see: open311 outbox list).</source>
        <translation>No hay ningún aviso %1 en la bandeja de salida (véase: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="160"/>
        <source>Report %1 was sent already; the city&apos;s request id is %2.</source>
        <translation>El aviso %1 ya se envió; el número de solicitud de la ciudad es %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="172"/>
        <source>Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city id and key) to resend it.</source>
        <translation>El aviso %1 está en espera para otro servidor, %2. Indique --endpoint %2 (con su identificador de ciudad y su clave) para reenviarlo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="179"/>
        <source>Report %1 was written for GeoReport %2. Give --protocol %2 to resend it.</source>
        <translation>El aviso %1 se escribió para GeoReport %2. Indique --protocol %2 para volver a enviarlo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="215"/>
        <source>Report %1 (%2): %3</source>
        <translation>Aviso %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/OutboxCommands.cpp" line="238"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>%n aviso enviado; %1 siguen en la bandeja de salida.</numerusform>
            <numerusform>%n avisos enviados; %1 siguen en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="249"/>
        <location filename="../lib/cli/OutboxCommands.cpp" line="253"/>
        <source>Report %1 is being sent by another process.</source>
        <translation>Otro proceso está enviando el aviso %1.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="41"/>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="43"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="45"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="47"/>
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="49"/>
        <source>Refused by the city</source>
        <translation>Rechazado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="51"/>
        <source>Outcome unknown — check before resending</source>
        <translation>Resultado desconocido: compruébelo antes de reenviar</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="77"/>
        <source>Will retry at %1</source>
        <translation>Se reintentará a las %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="94"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="96"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="98"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="100"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="102"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation>Enviar ahora los avisos en &amp;espera</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation>Anotar &amp;número</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="37"/>
        <source>Reports not yet sent</source>
        <translation>Avisos aún no enviados</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="39"/>
        <source>About the outbox</source>
        <translation>Sobre la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="46"/>
        <source>Id from the cit&amp;y</source>
        <translation>Número de la &amp;ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="98"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>Un aviso con resultado desconocido puede haber llegado a la ciudad. Consúltelo con la ciudad antes de reenviarlo, o anote el número que le dieron.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="101"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation>Los avisos esperan aquí mientras no se pueda contactar con la ciudad, y salen solos en cuanto se pueda.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="104"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation>No hay nada esperando. Un aviso espera aquí mientras no se pueda contactar con la ciudad, y sale solo en cuanto se pueda.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="40"/>
        <source>Send waiting reports now</source>
        <translation>Enviar ahora los avisos en espera</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="41"/>
        <source>Resend the selected report</source>
        <translation>Reenviar el aviso seleccionado</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="42"/>
        <source>Id given by the city</source>
        <translation>Número dado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="43"/>
        <source>Request id given by the city</source>
        <translation>Número de solicitud dado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="48"/>
        <source>Record the id for the selected report</source>
        <translation>Anotar el número del aviso seleccionado</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="49"/>
        <source>Discard the selected report</source>
        <translation>Descartar el aviso seleccionado</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxSender</name>
    <message>
        <location filename="../lib/store/OutboxSender.cpp" line="61"/>
        <source>The report could not be read back from the outbox.</source>
        <translation>No se pudo volver a leer el aviso de la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxTab</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="32"/>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="64"/>
        <source>Outbox not available</source>
        <translation>Bandeja de salida no disponible</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="65"/>
        <source>Outbox empty</source>
        <translation>Bandeja de salida vacía</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="66"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Bandeja de salida (%1)</translation>
    </message>
</context>
<context>
    <name>Open311::PhotoPreparer</name>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="128"/>
        <source>%1 is %2, larger than the %3 a photo may have.</source>
        <translation>%1 ocupa %2, más de los %3 que puede tener una foto.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="148"/>
        <location filename="../lib/session/PhotoPreparer.cpp" line="167"/>
        <source>%1 is not a photo this app can read (%2).</source>
        <translation>%1 no es una foto que esta aplicación pueda leer (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="150"/>
        <source>%1 is cut off before its end; it may not have been copied completely.</source>
        <translation>%1 está cortado antes de su final; puede que no se copiara entero.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="156"/>
        <source>%1 has %2 million pixels; a photo may have at most %3 million.</source>
        <translation>%1 tiene %2 millones de píxeles; una foto puede tener como mucho %3 millones.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="189"/>
        <source>%1 could not be made ready to send (%2).</source>
        <translation>%1 no se pudo preparar para el envío (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="207"/>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 no se pudo abrir (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="213"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 no se pudo leer (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="28"/>
        <source>The position found is not valid.</source>
        <translation>La posición obtenida no es válida.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>Este equipo no permite que la aplicación conozca su ubicación. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>No se pudo encontrar su ubicación a tiempo. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="45"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>Su ubicación no está disponible. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="68"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>Este equipo no tiene servicio de ubicación. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileCommands</name>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="31"/>
        <source>training</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="33"/>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="35"/>
        <source>managed</source>
        <translation>administrada</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="167"/>
        <source>Training city (Sandbox City)</source>
        <translation>Ciudad de práctica (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="170"/>
        <source>Built in; files nothing real.</source>
        <translation>Integrada; no registra nada real.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="176"/>
        <source>Training city over GeoReport v1</source>
        <translation>Ciudad de práctica con GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="181"/>
        <source>San Francisco</source>
        <translation>San Francisco</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="185"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation>Obsoleta desde agosto de 2013: se conserva como referencia; no se pueden enviar avisos.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="193"/>
        <source>Miami-Dade County</source>
        <translation>Condado de Miami-Dade</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="198"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation>Lista para desarrollo (beta). Solicite antes una clave al condado.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="405"/>
        <source>Give the jurisdiction a name.</source>
        <translation>Dé un nombre a la jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="410"/>
        <source>The jurisdiction speaks a protocol this version of Open311 Reporter does not know.</source>
        <translation>La jurisdicción usa un protocolo que esta versión de Open311 Reporter no conoce.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="423"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation>Los mosaicos del mapa %1 no existen en este equipo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="431"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation>La dirección de los mosaicos debe ser una URL con {z}, {x} e {y}, como https://tile.openstreetmap.org/{z}/{x}/{y}.png, o la ruta de un archivo MBTiles o de una carpeta de mosaicos.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="436"/>
        <source>The map tile address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>La dirección de los mosaicos del mapa usa HTTP sin cifrar. Use https:// o permita HTTP sin cifrar para esta jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="376"/>
        <source>Give the map&apos;s attribution (such as © OpenStreetMap contributors): the tiles&apos; licence asks that it be shown on the map.</source>
        <translation>Indique la atribución del mapa (por ejemplo, © colaboradores de OpenStreetMap): la licencia de los mosaicos exige que se muestre en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="144"/>
        <source>The settings file %1 cannot be read (%2), so the settings in it are not used.</source>
        <translation>No se puede leer el archivo de configuración %1 (%2), así que no se usa la configuración que contiene.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="147"/>
        <source>The system settings file %1, which your administrator provides, is damaged: some jurisdictions or locks in it may not be used. Ask your administrator to check it.</source>
        <translation>El archivo de configuración del sistema %1, que proporciona su administrador, está dañado: puede que no se usen algunas jurisdicciones o bloqueos que contiene. Pida a su administrador que lo revise.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="152"/>
        <source>The settings file %1 is damaged, and no copy of it could be kept: some of your settings may be missing. It is left as it is.</source>
        <translation>El archivo de configuración %1 está dañado y no se pudo guardar una copia: puede que falte parte de su configuración. Se deja tal como está.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="158"/>
        <source>The settings file %1 was damaged, so some of your settings may be missing. What could be read is kept, and the damaged file was copied to %2.</source>
        <translation>El archivo de configuración %1 estaba dañado, así que puede que falte parte de su configuración. Se conserva lo que se pudo leer, y el archivo dañado se copió en %2.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="383"/>
        <source>The city&apos;s language must be a language tag such as en or pt-BR.</source>
        <translation>El idioma de la ciudad debe ser una etiqueta de idioma, como en o pt-BR.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="388"/>
        <source>Each language the server answers in must be a language tag such as es or es_US, not %1.</source>
        <translation>Cada idioma en que responde el servidor debe ser una etiqueta de idioma, como es o es_US, no %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="395"/>
        <source>Each language with its own server must be a language tag such as es or zh-TW, not %1.</source>
        <translation>Cada idioma con su propio servidor debe ser una etiqueta de idioma, como es o zh-TW, no %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="418"/>
        <source>The server for %1: %2</source>
        <translation>El servidor para %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="441"/>
        <source>The address search service must be a full URL.</source>
        <translation>El servicio de búsqueda de direcciones debe ser una URL completa.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="444"/>
        <source>The address search service uses plain HTTP, which would send addresses unencrypted. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>El servicio de búsqueda de direcciones usa HTTP sin cifrar, que enviaría las direcciones sin protección. Use https:// o permita HTTP sin cifrar para esta jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="452"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation>Un canal debe ser una dirección http(s) o la ruta de un archivo: %1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="460"/>
        <source>The service area must be an http(s) address or the path of a GeoJSON file.</source>
        <translation>El área de servicio debe ser una dirección http(s) o la ruta de un archivo GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="463"/>
        <source>The service area&apos;s address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>La dirección del área de servicio usa HTTP sin cifrar. Use https:// o permita HTTP sin cifrar para esta jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="468"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation>El seguimiento consulta como mucho cada 30 segundos.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="475"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation>%1 ya no acepta avisos (%2).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="482"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="513"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation>Su administrador gestiona las jurisdicciones de este equipo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="489"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation>Las jurisdicciones integradas no se pueden cambiar; duplique una para adaptarla.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="504"/>
        <source>The settings could not be written.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="519"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation>Las jurisdicciones integradas no se pueden quitar.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="542"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="607"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation>Este no es un archivo de jurisdicción exportado por Open311 Reporter.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="614"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation>El archivo de jurisdicción no tiene un identificador válido.</translation>
    </message>
</context>
<context>
    <name>Open311::RemotePhoto</name>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="21"/>
        <source>The city&apos;s photo</source>
        <translation>La foto de la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="29"/>
        <source>The city&apos;s photo is at an address this app does not open by itself.</source>
        <translation>La foto de la ciudad está en una dirección que esta aplicación no abre por sí misma.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="34"/>
        <source>Loading the city&apos;s photo…</source>
        <translation>Cargando la foto de la ciudad…</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="87"/>
        <source>The city&apos;s photo is too large to show here.</source>
        <translation>La foto de la ciudad es demasiado grande para mostrarla aquí.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="91"/>
        <source>The city&apos;s photo could not be loaded: its server answered %1.</source>
        <translation>No se pudo cargar la foto de la ciudad: su servidor respondió %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="95"/>
        <source>The city&apos;s photo could not be loaded: its server could not be reached.</source>
        <translation>No se pudo cargar la foto de la ciudad: no se pudo conectar con su servidor.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="105"/>
        <source>The city&apos;s photo is not a picture this app can show.</source>
        <translation>La foto de la ciudad no es una imagen que esta aplicación pueda mostrar.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="91"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="93"/>
        <source>Delete leaves the date and time out.</source>
        <translation>Pulse Supr para omitir la fecha y la hora.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="362"/>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="373"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
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
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="478"/>
        <location filename="../lib/gui/report/FieldErrors.cpp" line="48"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="27"/>
        <source>Type to filter, e.g. pothole</source>
        <translation>Escriba para filtrar, p. ej. bache</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="29"/>
        <source>Filter services</source>
        <translation>Filtrar servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="34"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="44"/>
        <source>Description of the chosen service</source>
        <translation>Descripción del servicio elegido</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="40"/>
        <source>Street and number, then Enter to find it</source>
        <translation>Calle y número; pulse Intro para encontrarla</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="41"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="44"/>
        <source>An address or a pin on the map is required. Press Enter to search for the address and move the pin.</source>
        <translation>Se necesita una dirección o un marcador en el mapa. Pulse Intro para buscar la dirección y mover el marcador.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="48"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="49"/>
        <source>Find the address on the map</source>
        <translation>Buscar la dirección en el mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="50"/>
        <source>Use &amp;my location</source>
        <translation>Usar &amp;mi ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="51"/>
        <source>Use my location</source>
        <translation>Usar mi ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="149"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Este lugar está fuera de %1; puede que la ciudad no lo atienda.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="164"/>
        <source>This place is outside %1, and this kiosk sends reports only for places inside it. Move the pin into the city.</source>
        <translation>Este lugar está fuera de %1, y este quiosco solo envía avisos de lugares dentro de la ciudad. Lleve el marcador a la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="284"/>
        <source>No pin on the map yet.</source>
        <translation>Aún no hay ningún marcador en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="286"/>
        <source>The pin is at %1.</source>
        <translation>El marcador está en %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="288"/>
        <source>The pin is at latitude %1, longitude %2.</source>
        <translation>El marcador está en la latitud %1, longitud %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="19"/>
        <source>Lat&amp;itude</source>
        <translation>La&amp;titud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="52"/>
        <source>Photo or page lin&amp;k</source>
        <translation>Enlace a foto o &amp;página</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="21"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="30"/>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="32"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="71"/>
        <source>About the location</source>
        <translation>Sobre la ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="27"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="29"/>
        <source>Follow the existing request instead</source>
        <translation>Seguir la solicitud existente en su lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="106"/>
        <source>Finding your location…</source>
        <translation>Buscando su ubicación…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="40"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>Account id</source>
        <translation>Identificador de cuenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>A&amp;ccount id</source>
        <translation>Id. de c&amp;uenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="30"/>
        <source>The service&apos;s questions</source>
        <translation>Las preguntas del servicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="36"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="38"/>
        <source>What is wrong, and where exactly?</source>
        <translation>¿Qué ocurre y dónde exactamente?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="41"/>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="115"/>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="48"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="54"/>
        <source>Link to a photo or page</source>
        <translation>Enlace a una foto o una página</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="55"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="60"/>
        <source>Send the report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="64"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/ReportDetails.cpp" line="88"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>La descripción está limitada a %1 caracteres. Quedó fuera: %n.</numerusform>
            <numerusform>La descripción está limitada a %1 caracteres. Quedaron fuera: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="178"/>
        <source>No service chosen yet.</source>
        <translation>Aún no se ha elegido ningún servicio.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportFormText.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="54"/>
        <source>Test server: reports sent here are not real and will not be handled.</source>
        <translation>Servidor de prueba: los avisos enviados aquí no son reales y nadie los atenderá.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="56"/>
        <source>Test server</source>
        <translation>Servidor de prueba</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="177"/>
        <source>Loading the questions the city asks about this service…</source>
        <translation>Cargando las preguntas que hace la ciudad sobre este servicio…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="315"/>
        <source>&amp;Service</source>
        <translation>Se&amp;rvicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="317"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="320"/>
        <source>Se&amp;nd report</source>
        <translation>En&amp;viar aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="366"/>
        <source>A photo is still being prepared; send again in a moment.</source>
        <translation>Aún se está preparando una foto; vuelva a enviar el aviso dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="375"/>
        <source>The city&apos;s questions about this service have not arrived yet; the report can go once they are answered.</source>
        <translation>Aún no han llegado las preguntas de la ciudad sobre este servicio; el aviso podrá enviarse cuando se hayan respondido.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="80"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation>Escriba la latitud en grados, de -90 a 90, o coloque el marcador en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="84"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation>Escriba la longitud en grados, de -180 a 180, o coloque el marcador en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="19"/>
        <source>The pin was not placed for “%1”: it was put there before the address was typed, or shows where this computer is. The city uses the pin to find the problem.</source>
        <translation>El marcador no se colocó para «%1»: se puso antes de escribir la dirección, o muestra dónde está este ordenador. La ciudad usa el marcador para encontrar el problema.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="71"/>
        <source>%1 m from the pin</source>
        <translation>a %1 m del marcador</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="72"/>
        <source>at the same address</source>
        <translation>en la misma dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="77"/>
        <source>This may already be reported: request %1 (%2, %3), %4, reported %5.</source>
        <translation>Puede que ya se haya avisado de esto: solicitud %1 (%2, %3), %4, avisada en %5.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="319"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="26"/>
        <source>Which place is meant?</source>
        <translation>¿A qué lugar se refiere?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="23"/>
        <source>The pin was placed for “%1”, but the address now reads “%2”. The city uses the pin to find the problem.</source>
        <translation>El marcador se colocó para «%1», pero la dirección ahora dice «%2». La ciudad usa el marcador para encontrar el problema.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="27"/>
        <source>Send with the &amp;pin</source>
        <translation>Enviar con el &amp;marcador</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="30"/>
        <source>Send the &amp;address alone</source>
        <translation>Enviar solo la &amp;dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="33"/>
        <source>&amp;Back to the address</source>
        <translation>&amp;Volver a la dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="39"/>
        <source>Send it anyway?</source>
        <translation>¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="40"/>
        <source>Send it &amp;anyway</source>
        <translation>Enviarlo de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="41"/>
        <source>The report goes to this city with the pin where it is.</source>
        <translation>El aviso va a esta ciudad con el marcador donde está.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="43"/>
        <source>&amp;Back to the place</source>
        <translation>&amp;Volver al lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="28"/>
        <source>The pin&apos;s place goes to the city with the address as typed.</source>
        <translation>El lugar del marcador va a la ciudad con la dirección tal como se escribió.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="31"/>
        <source>The pin is taken off; the city gets no map position.</source>
        <translation>Se quita el marcador; la ciudad no recibe ninguna posición en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="266"/>
        <source>The pin is not at this address: press Enter to find it, or move the pin.</source>
        <translation>El marcador no está en esta dirección: pulse Intro para encontrarla, o mueva el marcador.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="271"/>
        <source>No place on the map yet: the city gets the address alone, with no map position.</source>
        <translation>Aún no hay ningún lugar en el mapa: la ciudad recibe solo la dirección, sin posición en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="417"/>
        <source>Sending the report…</source>
        <translation>Enviando el aviso…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="298"/>
        <source>Looking up “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="309"/>
        <source>No place called “%1” was found, so the pin was taken off the map.</source>
        <translation>No se encontró ningún lugar llamado «%1», así que se quitó el marcador del mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="312"/>
        <source>%1 The pin was taken off the map.</source>
        <translation>%1 Se quitó el marcador del mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="315"/>
        <source>Place it on the map, or the city gets the address alone, with no map position.</source>
        <translation>Colóquelo en el mapa, o la ciudad recibirá solo la dirección, sin posición en el mapa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="326"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>No se encontró ningún lugar llamado «%1». Coloque el marcador en el mapa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/LocationSection.cpp" line="336"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>Se encontró %n lugar; elíjalo.</numerusform>
            <numerusform>Se encontraron %n lugares; elija uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="339"/>
        <source>Places found</source>
        <translation>Lugares encontrados</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="69"/>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="74"/>
        <source>This may already be reported: a report of %1 %2 is waiting in the outbox to be sent (since %3).</source>
        <translation>Puede que ya se haya avisado: un aviso de %1 %2 espera en la bandeja de salida para enviarse (desde %3).</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="81"/>
        <source>Follow %1 instead</source>
        <translation>Seguir %1 en su lugar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="109"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="50"/>
        <source>%1 could not be made ready to send.</source>
        <translation>%1 no se pudo preparar para el envío.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="80"/>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="113"/>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="114"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="269"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="116"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="117"/>
        <source>Use the photo&apos;s location</source>
        <translation>Usar la ubicación de la foto</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="135"/>
        <source>No photo attached.</source>
        <translation>No hay ninguna foto adjunta.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="149"/>
        <source>Photo message</source>
        <translation>Mensaje sobre las fotos</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="156"/>
        <source>Photos are made smaller and sent without their hidden data (EXIF): no camera position, camera model or time leaves with them.</source>
        <translation>Las fotos se reducen y se envían sin sus datos ocultos (EXIF): con ellas no sale ni la posición de la cámara, ni el modelo de cámara, ni la hora.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="160"/>
        <source>About photos</source>
        <translation>Sobre las fotos</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="249"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="342"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="361"/>
        <source>A report can have at most %n photos; remove one to attach another.</source>
        <translation>
            <numerusform>Un aviso puede tener como máximo %n foto; quite una para adjuntar otra.</numerusform>
            <numerusform>Un aviso puede tener como máximo %n fotos; quite una para adjuntar otra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="312"/>
        <source>%1 is not in the folder photos can be attached from.</source>
        <translation>%1 no está en la carpeta desde la que se pueden adjuntar fotos.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="319"/>
        <source>%1 was taken before this report was started.</source>
        <translation>%1 se tomó antes de empezar este aviso.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="323"/>
        <source>%1 is a folder, not a photo.</source>
        <translation>%1 es una carpeta, no una foto.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="331"/>
        <source>%1 is attached already.</source>
        <translation>%1 ya se ha adjuntado.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="359"/>
        <source>The pasted image could not be read.</source>
        <translation>No se pudo leer la imagen pegada.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="366"/>
        <source>Pasted image %1</source>
        <translation>Imagen pegada %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="531"/>
        <source>The position %1 was taken at</source>
        <translation>La posición en la que se tomó %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="540"/>
        <source>This city takes no photo uploads; put a link to your photo in the field below instead.</source>
        <translation>Esta ciudad no acepta la subida de fotos; en su lugar, ponga un enlace a su foto en el campo de abajo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="543"/>
        <source>The photos attached will not be sent to this city.</source>
        <translation>Las fotos adjuntas no se enviarán a esta ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="23"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="27"/>
        <source>Preparing %1</source>
        <translation>Preparando %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="37"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="38"/>
        <source>Remove photo %1</source>
        <translation>Quitar la foto %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="52"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="75"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
</context>
<context>
    <name>Open311::ReportPresenter</name>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="29"/>
        <source>The draft could not be saved (the disk may be full). The report is still here in the form; send it, or free some space so that it can be kept.</source>
        <translation>No se pudo guardar el borrador (puede que el disco esté lleno). El aviso sigue aquí, en el formulario; envíelo, o libere espacio para que se pueda conservar.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="33"/>
        <source>The draft is saved again.</source>
        <translation>El borrador vuelve a estar guardado.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="51"/>
        <source>A waiting report went out: request id %1.</source>
        <translation>Salió un aviso que esperaba: número de solicitud %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="61"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation>%1 El aviso está guardado en la bandeja de salida (número %2) y se enviará automáticamente cuando se pueda contactar con el servidor de la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="69"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 El aviso figura en la pestaña Bandeja de salida (número %2), donde puede consultarlo con la ciudad y volver a enviarlo o anotar su número.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSubmission</name>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="55"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>No se pueden enviar avisos porque la bandeja de salida no está disponible.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="78"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>No se pudo guardar el aviso, así que no se envió. No se perdió nada: el formulario aún lo contiene.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="85"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>El aviso está guardado en la bandeja de salida y se enviará en breve.</translation>
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
        <translation>submit no admite argumentos posicionales; use las opciones.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="84"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="101"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="95"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Este lugar está fuera de %1; puede que la ciudad no lo atienda.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="98"/>
        <source>%1 Nothing was sent; give --outside-area to send it anyway.</source>
        <translation>%1 No se envió nada; indique --outside-area para enviarlo de todos modos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="117"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="144"/>
        <source>The service&apos;s attributes could not be checked first: %1</source>
        <translation>No se pudieron comprobar antes los atributos del servicio: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="127"/>
        <source>The city offers no service with the code %1 (see: open311 services).</source>
        <translation>La ciudad no ofrece ningún servicio con el código %1 (véase: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="134"/>
        <source>The service %1 has no attributes; leave out --attribute.</source>
        <translation>El servicio %1 no tiene atributos; omita --attribute.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="169"/>
        <source>--lat takes a number of degrees.</source>
        <translation>--lat admite un número de grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="178"/>
        <source>--lon takes a number of degrees.</source>
        <translation>--lon admite un número de grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="194"/>
        <source>--attribute takes CODE=VALUE, such as --attribute SIZE=large.</source>
        <translation>--attribute admite CÓDIGO=VALOR, como --attribute SIZE=large.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="205"/>
        <source>--attribute, --address-id and --photo are GeoReport v2&apos;s; this endpoint speaks v1 (see --protocol).</source>
        <translation>--attribute, --address-id y --photo son de GeoReport v2; este servidor usa v1 (véase --protocol).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="210"/>
        <source>%1 takes no photo uploads (its profile says so); give a link with --media-url instead.</source>
        <translation>%1 no acepta la subida de fotos (así lo indica su perfil); indique un enlace con --media-url en su lugar.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="226"/>
        <source>Give --description or --description-file, not both.</source>
        <translation>Indique --description o --description-file, no ambos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="234"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de descripción %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="288"/>
        <source>The report could not be written to the outbox %1 (the disk may be full), so it was not sent. Nothing already in the outbox was lost.</source>
        <translation>No se pudo guardar el aviso en la bandeja de salida %1 (puede que el disco esté lleno), así que no se envió. No se perdió nada de lo que ya estaba en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="307"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>El aviso se conserva en la bandeja de salida con el número %1 (véase: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="315"/>
        <source>The report was taken by another process.</source>
        <translation>Otro proceso tomó el aviso.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="325"/>
        <source>The city answered with a token: it files the report later. It is followed in open311 track list until it has a request id; open311 track poll or open311 token %1 asks for it.</source>
        <translation>La ciudad respondió con un token: registrará el aviso más tarde. Se sigue en open311 track list hasta que tenga número de solicitud; open311 track poll u open311 token %1 lo piden.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="343"/>
        <source>status needs at least one service request id.</source>
        <translation>status necesita al menos un número de solicitud.</translation>
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
        <translation>Un aviso que espera en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="23"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation>%1
Estado: %2
Avisado: %3
%4

%5</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="31"/>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="32"/>
        <source>Follow this request</source>
        <translation>Seguir esta solicitud</translation>
    </message>
</context>
<context>
    <name>Open311::RequestQueryCommands</name>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="46"/>
        <source>--status takes open or closed.</source>
        <translation>--status admite open o closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="56"/>
        <source>--%1 takes a date such as 2026-11-01, or a moment such as 2026-11-01T09:30:00Z.</source>
        <translation>--%1 admite una fecha como 2026-11-01, o un instante como 2026-11-01T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="64"/>
        <source>--start is after --end.</source>
        <translation>--start es posterior a --end.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="78"/>
        <source>--%1 takes a whole number from 1.</source>
        <translation>--%1 admite un número entero a partir de 1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="89"/>
        <source>requests takes no positional arguments; use the options.</source>
        <translation>requests no admite argumentos posicionales; use las opciones.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="110"/>
        <source>token takes one token.</source>
        <translation>token admite un token.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="132"/>
        <source>The city has not given token %1 a request id yet; ask again later.</source>
        <translation>La ciudad aún no ha asignado un número de solicitud al token %1; vuelva a consultar más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="167"/>
        <source>The city lists no request that matches.</source>
        <translation>La ciudad no tiene ninguna solicitud que coincida.</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="27"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="31"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="34"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="108"/>
        <source>The report was filed. Request id:</source>
        <translation>El aviso quedó registrado. Número de solicitud:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="44"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Request id</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="46"/>
        <source>QR code of the request id</source>
        <translation>Código QR del número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="49"/>
        <source>Scan the code with your phone, or write the number down: with it you can check on your report here or with the city.</source>
        <translation>Escanee el código con su teléfono, o anote el número: con él puede consultar su aviso aquí o con la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="54"/>
        <source>Copy the request id</source>
        <translation>Copiar el número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="58"/>
        <source>What the city promises</source>
        <translation>Lo que promete la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="59"/>
        <source>Start a new report</source>
        <translation>Empezar un aviso nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="79"/>
        <source>Print the request id</source>
        <translation>Imprimir el número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="92"/>
        <source>New report</source>
        <translation>Aviso nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>&amp;New report</source>
        <translation>Aviso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="106"/>
        <source>The report was received. The city gives it a number later; the Tracker shows it when it does. Token:</source>
        <translation>El aviso se recibió. La ciudad le dará un número más tarde; Seguimiento lo mostrará cuando lo haga. Token:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar el token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="155"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation>Número de solicitud: %1
Servicio: %2
%3</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="116"/>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="118"/>
        <source>The city did not say when it will act.</source>
        <translation>La ciudad no indicó cuándo actuará.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="119"/>
        <source>The city says: %1</source>
        <translation>La ciudad dice: %1</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxApiV2</name>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="78"/>
        <source>There is no GeoReport v2 method %1 here; methods end in .json or .xml.</source>
        <translation>Aquí no existe el método GeoReport v2 %1; los métodos terminan en .json o .xml.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="85"/>
        <source>%1 is not supported here.</source>
        <translation>%1 no se admite aquí.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="103"/>
        <source>There is no GeoReport v2 method %1 here.</source>
        <translation>Aquí no existe el método GeoReport v2 %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="111"/>
        <source>api_key was not provided.</source>
        <translation>No se indicó api_key.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="115"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Se recibió un api_key no válido; no se puede continuar con create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="116"/>
        <source>Invalid api_key received -- can&apos;t proceed.</source>
        <translation>Se recibió un api_key no válido; no se puede continuar.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="122"/>
        <source>jurisdiction_id %1 was not found; this server serves %2.</source>
        <translation>No se encontró jurisdiction_id %1; este servidor atiende a %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="141"/>
        <source>The service list back-end is down; try again later.</source>
        <translation>El sistema de la lista de servicios no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="168"/>
        <source>The service %1 has no definition; its metadata is false.</source>
        <translation>El servicio %1 no tiene definición; su metadata es false.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="169"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="214"/>
        <source>service_code %1 was not found.</source>
        <translation>No se encontró service_code %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="172"/>
        <source>The definitions back-end is down; try again later.</source>
        <translation>El sistema de definiciones no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="211"/>
        <source>service_code was not provided.</source>
        <translation>No se indicó service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="222"/>
        <source>lat and long must both be given as WGS84 degrees.</source>
        <translation>lat y long deben indicarse ambos en grados WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="228"/>
        <source>A location is required: lat and long, address_string or address_id.</source>
        <translation>Se necesita una ubicación: lat y long, address_string o address_id.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="231"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>La descripción está limitada a 4.000 caracteres.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="239"/>
        <source>attribute[%1]: %2</source>
        <translation>attribute[%1]: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="242"/>
        <source>The city&apos;s back-end is down; nothing was created. Try again later.</source>
        <translation>El sistema de la ciudad no funciona; no se creó nada. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="269"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>No se pudo guardar la solicitud; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="296"/>
        <source>At most 1,000 service_request_id can be asked at once.</source>
        <translation>Se pueden pedir como máximo 1.000 service_request_id a la vez.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="306"/>
        <source>start_date and end_date must be ISO 8601 dates, such as 2026-12-01T00:00:00Z.</source>
        <translation>start_date y end_date deben ser fechas ISO 8601, como 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="312"/>
        <source>end_date is before start_date.</source>
        <translation>end_date es anterior a start_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="315"/>
        <source>start_date and end_date may not span more than 90 days.</source>
        <translation>Entre start_date y end_date no puede haber más de 90 días.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="321"/>
        <source>status must be open or closed, not %1.</source>
        <translation>status debe ser open o closed, no %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="331"/>
        <source>page and page_size must be whole numbers from 1.</source>
        <translation>page y page_size deben ser números enteros a partir de 1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="333"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="361"/>
        <source>The requests back-end is down; try again later.</source>
        <translation>El sistema de solicitudes no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="359"/>
        <source>service_request_id %1 was not found.</source>
        <translation>No se encontró service_request_id %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="376"/>
        <source>token %1 was not found.</source>
        <translation>No se encontró el token %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="378"/>
        <source>The tokens back-end is down; try again later.</source>
        <translation>El sistema de tokens no funciona; inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de servicios %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="45"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>El archivo de servicios %1 supera los 16 MB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="58"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>El archivo de servicios declara un DTD, que no se acepta.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>Línea %1 del archivo de servicios: cada servicio necesita service_code y service_name.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation>El código de servicio %1 aparece dos veces en el archivo de servicios.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="82"/>
        <source>The City will review this report within 5 business days.</source>
        <translation>La ciudad revisará este aviso en un plazo de 5 días hábiles.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="94"/>
        <source>Line %1 of the services file: the type of %2 must be realtime, batch or blackbox.</source>
        <translation>Línea %1 del archivo de servicios: el tipo (type) de %2 debe ser realtime, batch o blackbox.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="102"/>
        <source>Department of Public Works</source>
        <translation>Departamento de Obras Públicas</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="123"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>El archivo de servicios no es XML bien formado (línea %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="129"/>
        <source>The services file lists no services.</source>
        <translation>El archivo de servicios no contiene ningún servicio.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="145"/>
        <source>A service definition names the service %1, which the catalogue does not have.</source>
        <translation>Una definición de servicio menciona el servicio %1, que no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
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
        <location filename="../lib/sandbox/SandboxCity.cpp" line="38"/>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="331"/>
        <source>Sandbox City</source>
        <translation>Sandbox City</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="36"/>
        <source>%1 Avenue</source>
        <translation>Avenida %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1 Street</source>
        <translation>Calle %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="39"/>
        <source>and</source>
        <comment>joins two roads into a crossing: Oak Street and 5th Avenue</comment>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="392"/>
        <source>%1 %2, %3</source>
        <comment>house number, road, city: 123 Oak Street, Sandbox City</comment>
        <translation>%2 %1, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="408"/>
        <source>%1 &amp; %2, %3</source>
        <translation>%1 y %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="474"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxGeocoder.cpp" line="19"/>
        <source>Sandbox Country</source>
        <translation>País de práctica</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxDefinitions</name>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="24"/>
        <source>The service definitions declare a DTD, which is not accepted.</source>
        <translation>Las definiciones de servicio declaran un DTD, que no se acepta.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="33"/>
        <source>The service %1 has two definitions.</source>
        <translation>El servicio %1 tiene dos definiciones.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="39"/>
        <source>The service definitions are not well-formed XML (line %1: %2).</source>
        <translation>Las definiciones de servicio no son XML bien formado (línea %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="71"/>
        <source>Line %1 of the service definitions: the attribute %2 appears twice.</source>
        <translation>Línea %1 de las definiciones de servicio: el atributo %2 aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="87"/>
        <source>Line %1 of the service definitions: a definition needs a service_code.</source>
        <translation>Línea %1 de las definiciones de servicio: cada definición necesita service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="122"/>
        <source>Line %1 of the service definitions: the order must be a whole number.</source>
        <translation>Línea %1 de las definiciones de servicio: el orden (order) debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="135"/>
        <source>Line %1 of the service definitions: an attribute needs a code.</source>
        <translation>Línea %1 de las definiciones de servicio: cada atributo necesita un código.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="139"/>
        <source>Line %1 of the service definitions: the datatype of %2 is not one of the spec&apos;s.</source>
        <translation>Línea %1 de las definiciones de servicio: el tipo de dato (datatype) de %2 no es ninguno de los que define la especificación.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="146"/>
        <source>Line %1 of the service definitions: the list %2 has no values.</source>
        <translation>Línea %1 de las definiciones de servicio: la lista %2 no tiene valores.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="173"/>
        <source>Line %1 of the service definitions: every value of %2 needs a key of its own.</source>
        <translation>Línea %1 de las definiciones de servicio: cada valor de %2 necesita su propia clave (key).</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxMedia</name>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="28"/>
        <source>%1 is not supported here; photos are only read.</source>
        <translation>%1 no se admite aquí; las fotos solo se pueden leer.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="43"/>
        <source>There is no such photo here.</source>
        <translation>Aquí no existe esa foto.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="19"/>
        <source>Assigned to crew</source>
        <translation>Asignado a una cuadrilla</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="20"/>
        <source>Inspection scheduled</source>
        <translation>Inspección programada</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="21"/>
        <source>Crew on site</source>
        <translation>Cuadrilla en el lugar</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="24"/>
        <source>Repaired. Thank you for your report.</source>
        <translation>Reparado. Gracias por su aviso.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="25"/>
        <source>Completed by the street maintenance crew.</source>
        <translation>Completado por la cuadrilla de mantenimiento de calles.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="28"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation>Duplicado de un aviso anterior; cerrado.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="66"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>La ciudad de práctica no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="93"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="123"/>
        <source>Missing API Key</source>
        <translation>Falta la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="95"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="190"/>
        <source>Invalid API Key</source>
        <translation>Clave de API no válida</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="98"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="127"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="192"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation>city_id desconocido; este servidor atiende a %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="101"/>
        <source>Service list back-end is down; try again later.</source>
        <translation>El sistema de la lista de servicios no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="125"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Se recibió un api_key no válido; no se puede continuar con create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="130"/>
        <source>Missing service_code</source>
        <translation>Falta service_code</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="133"/>
        <source>Invalid service_code %1</source>
        <translation>service_code %1 no válido</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="141"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>lat y lon deben indicarse ambos en grados WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="144"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation>Se necesita lat/lon o address_string.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="147"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>La descripción está limitada a 4.000 caracteres.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="149"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Lagan WS no funciona; no se creó nada. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="164"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>No se pudo guardar la solicitud; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="188"/>
        <source>Missing API key</source>
        <translation>Falta la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="194"/>
        <source>Status back-end is down; try again later.</source>
        <translation>El sistema de estados no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="200"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>Número no válido o está intentando consultar una solicitud que usted no creó</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="195"/>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="199"/>
        <source>The training city&apos;s database</source>
        <translation>La base de datos de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="232"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos de la ciudad de práctica %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Discovery</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="46"/>
        <source>Use the API key %1; it opens nothing real.</source>
        <translation>Use la clave de API %1; no da acceso a nada real.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="47"/>
        <source>Ask whoever runs this training city for an API key.</source>
        <translation>Pida una clave de API a quien administre esta ciudad de práctica.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="51"/>
        <source>The Open311 Reporter training city: a practice server that files nothing real.</source>
        <translation>La ciudad de práctica de Open311 Reporter: un servidor de práctica que no registra nada real.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Form</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="32"/>
        <source>The body must be application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>El cuerpo debe ser application/x-www-form-urlencoded o multipart/form-data, no %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="39"/>
        <source>%1 is not an attribute: write attribute[code] or attribute[code][].</source>
        <translation>%1 no es un atributo: escriba attribute[code] o attribute[code][].</translation>
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
        <translation>Se pueden enviar como máximo %1 fotos con una solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="72"/>
        <source>%1 is larger than 8 MiB.</source>
        <translation>%1 supera los 8 MiB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="78"/>
        <source>%1 is neither a JPEG nor a PNG image.</source>
        <translation>%1 no es una imagen JPEG ni PNG.</translation>
    </message>
</context>
<context>
    <name>Open311::SchemaMigration</name>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="40"/>
        <source>%1 %2 was written by a newer version of the app.</source>
        <translation>%1 %2 procede de una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="69"/>
        <source>%1 %2 cannot be set up, and was left as it was: %3</source>
        <translation>%1 %2 no se pudo preparar y se dejó como estaba: %3</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceArea</name>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="31"/>
        <source>The service area&apos;s feature collection has no list of features.</source>
        <translation>La colección de elementos del área de servicio no tiene una lista de elementos.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="35"/>
        <source>A feature of the service area is not an object.</source>
        <translation>Un elemento del área de servicio no es un objeto.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="56"/>
        <source>The coordinates of the service area&apos;s %1 are not nested as GeoJSON requires.</source>
        <translation>Las coordenadas del %1 del área de servicio no están anidadas como exige GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="68"/>
        <source>A geometry of the service area is not an object.</source>
        <translation>Una geometría del área de servicio no es un objeto.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="81"/>
        <source>The service area&apos;s %1 has no list of coordinates.</source>
        <translation>El %1 del área de servicio no tiene una lista de coordenadas.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="100"/>
        <source>The service area&apos;s GeoJSON object has no type.</source>
        <translation>El objeto GeoJSON del área de servicio no tiene tipo.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="102"/>
        <source>The service area&apos;s GeoJSON type &quot;%1&quot; is not known.</source>
        <translation>El tipo GeoJSON «%1» del área de servicio no es conocido.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="127"/>
        <source>The service area has more than %1 positions and was not read.</source>
        <translation>El área de servicio tiene más de %1 posiciones y no se leyó.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="145"/>
        <source>A position in the service area is not a longitude and latitude pair.</source>
        <translation>Una posición del área de servicio no es un par de longitud y latitud.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="151"/>
        <source>The service area has a position outside the world: longitude %1, latitude %2.</source>
        <translation>El área de servicio tiene una posición fuera del mundo: longitud %1, latitud %2.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="159"/>
        <source>A ring of the service area has fewer than four positions.</source>
        <translation>Un anillo del área de servicio tiene menos de cuatro posiciones.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="200"/>
        <source>The service area is larger than 16 MB and was not read.</source>
        <translation>El área de servicio ocupa más de 16 MB y no se leyó.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="205"/>
        <source>The service area is not valid GeoJSON: %1.</source>
        <translation>El área de servicio no es un GeoJSON válido: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="207"/>
        <source>The service area is not a GeoJSON object.</source>
        <translation>El área de servicio no es un objeto GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="212"/>
        <source>The service area has no polygon.</source>
        <translation>El área de servicio no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="244"/>
        <location filename="../lib/map/ServiceArea.cpp" line="249"/>
        <source>The service area file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo del área de servicio %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceAreaLoader</name>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="52"/>
        <source>The service area&apos;s address uses plain HTTP, which nobody allowed for this jurisdiction.</source>
        <translation>La dirección del área de servicio usa HTTP sin cifrar, y nadie lo ha permitido para esta jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="73"/>
        <source>The city&apos;s server answered %1 for its service area.</source>
        <translation>El servidor de la ciudad respondió %1 al pedir su área de servicio.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="74"/>
        <source>The service area could not be fetched: %1</source>
        <translation>No se pudo obtener el área de servicio: %1</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="76"/>
        <source>it is larger than 16 MB, or took too long</source>
        <translation>ocupa más de 16 MB o tardó demasiado</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="77"/>
        <source>the server could not be reached</source>
        <translation>no se pudo contactar con el servidor</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceCommands</name>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="32"/>
        <source>services takes no arguments.</source>
        <translation>services no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="64"/>
        <source>(has attributes: open311 definition %1)</source>
        <translation>(tiene atributos: open311 definition %1)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="66"/>
        <source>(batch: answers with a token)</source>
        <translation>(batch: responde con un token)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="78"/>
        <source>definition takes one service code.</source>
        <translation>definition admite un código de servicio.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="103"/>
        <source>(information) %1</source>
        <translation>(información) %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="113"/>
        <source>The service %1 asks nothing beyond the report itself.</source>
        <translation>El servicio %1 no pide nada aparte del propio aviso.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceDefinition</name>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="33"/>
        <source>The service %1 has no attribute “%2” to fill in.</source>
        <translation>El servicio %1 no tiene ningún atributo «%2» que rellenar.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="46"/>
        <source>“%1” is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="51"/>
        <source>“%1” takes one value, not %2.</source>
        <translation>«%1» admite un solo valor, no %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="62"/>
        <source>“%1” must be a number, such as 12 or 3.5.</source>
        <translation>«%1» debe ser un número, como 12 o 3.5 (con punto decimal).</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="68"/>
        <source>“%1” must be a date and time such as 2026-12-01T14:30:00.</source>
        <translation>«%1» debe ser una fecha y hora como 2026-12-01T14:30:00.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="78"/>
        <source>“%1” is not one of the choices for “%2”.</source>
        <translation>«%1» no es ninguna de las opciones de «%2».</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="88"/>
        <source>“%1” lists a choice twice.</source>
        <translation>«%1» incluye una opción dos veces.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceListModel</name>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="40"/>
        <source>Other services</source>
        <translation>Otros servicios</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>Jurisdictions</source>
        <translation>Jurisdicciones</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="43"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="45"/>
        <source>&amp;Import…</source>
        <translation>Impo&amp;rtar…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>jurisdiction</source>
        <translation>jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="63"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>Permitir HTTP sin cifrar (la clave viaja sin protección)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="354"/>
        <source>Empty: OpenStreetMap</source>
        <translation>Vacío: OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="69"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Add from its &amp;web address…</source>
        <translation>Añadir desde su dirección &amp;web…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="42"/>
        <source>Add a city from its web address</source>
        <translation>Añadir una ciudad desde su dirección web</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="59"/>
        <source>GeoReport v1 (deprecated)</source>
        <translation>GeoReport v1 (obsoleta)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>JSON, with XML where JSON fails</source>
        <translation>JSON, con XML si JSON falla</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="62"/>
        <source>XML only</source>
        <translation>Solo XML</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="70"/>
        <source>Reports carry an account id</source>
        <translation>Los avisos llevan un identificador de cuenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="71"/>
        <source>Takes p&amp;hotos with a report (multipart media, v2)</source>
        <translation>Acepta fotos ad&amp;juntas al aviso (media multipart, v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Some v2 cities, Helsinki&apos;s among them, take photos uploaded with a report. Others take only a link.</source>
        <translation>Algunas ciudades v2, entre ellas Helsinki, aceptan fotos subidas con el aviso. Otras solo aceptan un enlace.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation>Uno por línea: una dirección https o un archivo (KML, GeoJSON o CSV)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Feed problems</source>
        <translation>Problemas de los canales</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="119"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="158"/>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Set &amp;key</source>
        <translation>Guardar c&amp;lave</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Remove ke&amp;y</source>
        <translation>Quitar clav&amp;e</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>&amp;Save jurisdiction</source>
        <translation>&amp;Guardar jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="93"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="97"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="125"/>
        <source>Let the map glide on after a flick</source>
        <translation>Que el mapa siga deslizándose tras arrastrarlo rápido</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="99"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>City id</source>
        <translation>Identificador de ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>Answer format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Allow plain HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Map tiles</source>
        <translation>Mosaicos del mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Map attribution</source>
        <translation>Atribución del mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Address search</source>
        <translation>Búsqueda de direcciones</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Tracker interval</source>
        <translation>Intervalo de seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Uses account id</source>
        <translation>Usa identificador de cuenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Takes photo uploads</source>
        <translation>Acepta la subida de fotos</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="117"/>
        <source>Feeds of existing requests</source>
        <translation>Canales de solicitudes existentes</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="118"/>
        <source>Service area</source>
        <translation>Área de servicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="120"/>
        <source>Set the API key</source>
        <translation>Guardar la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="121"/>
        <source>Remove the API key</source>
        <translation>Quitar la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Save the jurisdiction</source>
        <translation>Guardar la jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>&amp;Protocol</source>
        <translation>Pr&amp;otocolo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;City id</source>
        <translation>Id. de &amp;ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>F&amp;ormat (v2)</source>
        <translation>&amp;Formato (v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="141"/>
        <source>&amp;Map tiles</source>
        <translation>&amp;Mosaicos del mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>A&amp;ddress search</source>
        <translation>Búsqueda de &amp;direcciones</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Track&amp;er interval</source>
        <translation>In&amp;tervalo de seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="147"/>
        <source>Service area &amp;file or address</source>
        <translation>Área de servicio: arc&amp;hivo o dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Existin&amp;g requests</source>
        <translation>&amp;Solicitudes existentes</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>Map attri&amp;bution</source>
        <translation>Atri&amp;bución del mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="193"/>
        <source>New jurisdiction</source>
        <translation>Nueva jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="206"/>
        <source>A copy: change it, then save it.</source>
        <translation>Una copia: modifíquela y luego guárdela.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="226"/>
        <source>The API key was saved in the keychain.</source>
        <translation>La clave de API se guardó en el llavero.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="236"/>
        <source>The API key was removed.</source>
        <translation>Se quitó la clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="242"/>
        <source>Export jurisdiction</source>
        <translation>Exportar jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="243"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Jurisdiction files (*.json)</source>
        <translation>Archivos de jurisdicción (*.json)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="250"/>
        <source>Exported to %1 (without the API key).</source>
        <translation>Exportada a %1 (sin la clave de API).</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="251"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Import jurisdiction</source>
        <translation>Importar jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="267"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="273"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation>Importada: revísela, guárdela e indique su clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="284"/>
        <source>The language changes the next time the app starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="305"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsoleta)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="347"/>
        <source>Built in: runs inside the app</source>
        <translation>Integrado: funciona dentro de la aplicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="348"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation>Integrado: el mapa propio de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="349"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation>Integrado: las calles de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="351"/>
        <source>Built in: the training city&apos;s own edge</source>
        <translation>Integrado: el límite propio de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="355"/>
        <source>Needed for any map but OpenStreetMap&apos;s</source>
        <translation>Obligatoria en cualquier mapa que no sea el de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="356"/>
        <source>GeoJSON: an https address or a file</source>
        <translation>GeoJSON: una dirección https o un archivo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="362"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Solicitar una clave&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="365"/>
        <source>Managed by your administrator.</source>
        <translation>Gestionada por su administrador.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="425"/>
        <source>Found. Ask the city for an API key (the link above), then save.</source>
        <translation>Encontrada. Pida una clave de API a la ciudad (el enlace de arriba) y luego guárdela.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="426"/>
        <source>Found. Check the fields, then save.</source>
        <translation>Encontrada. Revise los campos y luego guárdela.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="442"/>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="449"/>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="455"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="463"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="465"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="466"/>
        <source>Set by the administrator</source>
        <translation>Definida por el administrador</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="467"/>
        <source>Set</source>
        <translation>Definida</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="483"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="495"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>Conectado: el servidor ofrece %n servicio.</numerusform>
            <numerusform>Conectado: el servidor ofrece %n servicios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="497"/>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="33"/>
        <source>Filter the services</source>
        <translation>Filtrar los servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="34"/>
        <source>Go on from the service filter to the address</source>
        <translation>Pasar del filtro de servicios a la dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="35"/>
        <source>Type the address</source>
        <translation>Escribir la dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="36"/>
        <source>Find the address and move the pin there</source>
        <translation>Buscar la dirección y llevar el marcador allí</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Map: move the view</source>
        <translation>Mapa: mover la vista</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="38"/>
        <source>Map: zoom in, zoom out</source>
        <translation>Mapa: acercar, alejar</translation>
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
        <translation>Mapa: poner el marcador en el centro</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="41"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="43"/>
        <source>Next field, previous field</source>
        <translation>Campo siguiente, campo anterior</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>A field or button by its underlined letter</source>
        <translation>Un campo o botón por su letra subrayada</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>Alt+letter</source>
        <translation>Alt+letra</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="47"/>
        <source>Send the report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="48"/>
        <source>Start the next report</source>
        <translation>Empezar el aviso siguiente</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="49"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation>Pestaña siguiente (Aviso, Seguimiento, Bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="50"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation>Seguir el número de solicitud escrito en Seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="51"/>
        <source>Reload the city&apos;s services</source>
        <translation>Volver a cargar los servicios de la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="52"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="53"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="54"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="61"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>Press</source>
        <translation>Pulse</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="45"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>No se puede crear la carpeta %1 para %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="53"/>
        <source>it is not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="60"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>%1 (%2) no se puede abrir: %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="77"/>
        <source>%1 (%2) cannot be opened: the disk may be full, or the file may not be written (%3). Nothing in it was changed.</source>
        <translation>No se puede abrir %1 (%2): puede que el disco esté lleno o que no se pueda escribir en el archivo (%3). No se cambió nada de su contenido.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="81"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>%1 (%2) no se puede leer: %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="101"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="108"/>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 no se pudo renombrar a %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="118"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation>%1 (%2) está dañado o no es una base de datos que esta aplicación pueda leer (%3). El archivo se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="21"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation>&amp;Apartar el archivo dañado y empezar uno nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="22"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation>Apartar el archivo dañado y empezar uno nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="24"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation>Cambia el nombre del archivo y empieza uno vacío; no se borra nada.</translation>
    </message>
</context>
<context>
    <name>Open311::TileLoader</name>
    <message>
        <location filename="../lib/map/TileLoader.cpp" line="198"/>
        <source>The map&apos;s tile server uses plain HTTP, which nobody allowed for this jurisdiction. Use an https:// address, or allow plain HTTP in Settings.</source>
        <translation>El servidor de mosaicos del mapa usa HTTP sin cifrar, y nadie lo ha permitido para esta jurisdicción. Use una dirección https:// o permita HTTP sin cifrar en la configuración.</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="14"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="34"/>
        <source>Map tiles: %1</source>
        <translation>Mosaicos del mapa: %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackCommands</name>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="39"/>
        <source>Use %1.</source>
        <translation>Use %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="43"/>
        <source>track add needs at least one service request id.</source>
        <translation>track add necesita al menos un número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="47"/>
        <source>track %1 takes no arguments.</source>
        <translation>track %1 no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="76"/>
        <source>%1 could not be followed: the Tracker file %2 could not be written (the disk may be full). Nothing already followed was lost.</source>
        <translation>No se pudo seguir %1: no se pudo escribir el archivo de seguimiento %2 (puede que el disco esté lleno). No se perdió nada de lo que ya seguía.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/TrackCommands.cpp" line="82"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>%n solicitud en seguimiento.</numerusform>
            <numerusform>%n solicitudes en seguimiento.</numerusform>
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
        <translation>aún sin número</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="152"/>
        <source>Token %1 is now request %2.</source>
        <translation>El token %1 es ahora la solicitud %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="159"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation>%1 consultadas, %2 cambiaron, %3 fallaron.</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="98"/>
        <source>Unknown to the city</source>
        <translation>Desconocida para la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Not checked yet</source>
        <translation>Aún sin consultar</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Check failed</source>
        <translation>Falló la consulta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="89"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="91"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="117"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="119"/>
        <source>Waiting for the city&apos;s number</source>
        <translation>Esperando el número de la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="121"/>
        <source>This service files reports in batches; the number comes when the city has filed it.</source>
        <translation>Este servicio registra los avisos por lotes; el número llega cuando la ciudad lo haya registrado.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="193"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="209"/>
        <source>Request id</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="211"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="213"/>
        <source>Address or location</source>
        <translation>Dirección o ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="215"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="217"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="219"/>
        <source>Latest notes</source>
        <translation>Últimas notas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="221"/>
        <source>Last checked</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="223"/>
        <source>Next check</source>
        <translation>Próxima consulta</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="39"/>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivadas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>Se&amp;guir</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="45"/>
        <source>Refresh a&amp;ll</source>
        <translation>Actualizar &amp;todas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="46"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation>&amp;Dejar de seguir</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="44"/>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="48"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="67"/>
        <source>Followed requests</source>
        <translation>Solicitudes en seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="69"/>
        <source>Filter by id, service, address or notes</source>
        <translation>Filtrar por número, servicio, dirección o notas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="71"/>
        <source>Filter followed requests</source>
        <translation>Filtrar las solicitudes en seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="72"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation>Desconocida para la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="76"/>
        <source>Check failing</source>
        <translation>Consulta fallida</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="77"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="78"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="79"/>
        <source>Request id to follow</source>
        <translation>Número de solicitud que seguir</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="81"/>
        <source>Follow this request id</source>
        <translation>Seguir este número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="82"/>
        <source>Check the selected request now</source>
        <translation>Consultar ahora la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="83"/>
        <source>Check every open request now</source>
        <translation>Consultar ahora todas las solicitudes abiertas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="84"/>
        <source>Archive or restore the selected request</source>
        <translation>Archivar o recuperar la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="85"/>
        <source>Stop following the selected request</source>
        <translation>Dejar de seguir la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="86"/>
        <source>Export the table with its history as CSV</source>
        <translation>Exportar la tabla con su historial como CSV</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="87"/>
        <source>Show archived requests</source>
        <translation>Mostrar las solicitudes archivadas</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="90"/>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltro</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="92"/>
        <source>Sho&amp;wing</source>
        <translation>Po&amp;r estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="94"/>
        <source>Request i&amp;d</source>
        <translation>&amp;Número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="113"/>
        <source>About the empty list</source>
        <translation>Sobre la lista vacía</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>Export the Tracker</source>
        <translation>Exportar el seguimiento</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="181"/>
        <source>No followed request matches the filter.</source>
        <translation>Ninguna solicitud seguida coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="184"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation>Todas las solicitudes seguidas están archivadas; «Mostrar archivadas» las muestra.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="186"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation>Aquí aparecen los avisos que envíe, con lo que la ciudad dice de ellos. Para seguir una solicitud hecha en otro lugar, escriba su número abajo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Re&amp;store</source>
        <translation>Recu&amp;perar</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="231"/>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="232"/>
        <source>Details of request %1</source>
        <translation>Detalles de la solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="238"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation>Solicitud %1: %2 — %3
%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="245"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="247"/>
        <source>Handled by: %1</source>
        <translation>A cargo de: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="250"/>
        <source>Expected by: %1</source>
        <translation>Previsto para: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="256"/>
        <source>The city says: %1</source>
        <translation>La ciudad dice: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="259"/>
        <source>&lt;a href=&quot;%1&quot;&gt;The city&apos;s photo or page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;La foto o página de la ciudad&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="267"/>
        <source>What the city says of request %1</source>
        <translation>Lo que la ciudad dice de la solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="305"/>
        <source>Where request %1 was reported</source>
        <translation>Dónde se informó la solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="240"/>
        <source>No address given</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="278"/>
        <source>History of request %1</source>
        <translation>Historial de la solicitud %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="190"/>
        <location filename="../lib/store/TrackerStore.cpp" line="193"/>
        <source>The tracker</source>
        <translation>El seguimiento</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerTab</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="29"/>
        <source>The city gave the report with token %1 its number: %2.</source>
        <translation>La ciudad dio su número al aviso con el token %1: %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="32"/>
        <source>A report has its number</source>
        <translation>Un aviso ya tiene número</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="40"/>
        <source>A report changed</source>
        <translation>Un aviso cambió</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="49"/>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>&amp;Seguimiento (%n nuevo)</numerusform>
            <numerusform>&amp;Seguimiento (%n nuevos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="120"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation>La solicitud %1 (%2) ahora está: %3.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="122"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation>La solicitud %1 (%2) ahora está: %3: %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="133"/>
        <source>The Tracker was exported to %1.</source>
        <translation>El seguimiento se exportó a %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="136"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation>No se pudo exportar el seguimiento a %1: %2</translation>
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
        <translation>El servidor respondió con una página web en lugar de datos GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="47"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>La respuesta declara un tipo de documento (DTD), que GeoReport nunca usa; se rechazó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="51"/>
        <source>The server sent an empty answer.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="55"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>La respuesta del servidor no es XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="58"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>El servidor respondió &lt;%1&gt; donde se esperaba &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="105"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>La respuesta del servidor llegó incompleta.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="107"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>La respuesta del servidor no es XML bien formado: %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="114"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation>La respuesta del servidor no contiene ni un resultado ni un error.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="196"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation>La respuesta del servidor al aviso no incluye número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="218"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation>La respuesta de estado del servidor no incluye el estado.</translation>
    </message>
</context>
<context>
    <name>Open311::V2Codec</name>
    <message>
        <location filename="../lib/core/V2Codec.cpp" line="76"/>
        <source>The server&apos;s answer is neither XML nor JSON.</source>
        <translation>La respuesta del servidor no es XML ni JSON.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="25"/>
        <source>The server&apos;s answer is not the %1 answer that was asked for.</source>
        <translation>La respuesta del servidor no es la respuesta de %1 que se pidió.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="30"/>
        <source>The server wrote an id as a number that cannot be read back as it was written, so it would come out as a different id.</source>
        <translation>El servidor escribió un identificador como un número que no se puede volver a leer tal como se escribió, así que saldría como otro identificador.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="42"/>
        <source>The server&apos;s answer was cut short; it is not valid JSON.</source>
        <translation>La respuesta del servidor llegó incompleta; no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="44"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta del servidor no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="53"/>
        <source>The server answered with a JSON object where a list was expected.</source>
        <translation>El servidor respondió con un objeto JSON donde se esperaba una lista.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="60"/>
        <source>The server answered with a JSON list where an object was expected.</source>
        <translation>El servidor respondió con una lista JSON donde se esperaba un objeto.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="66"/>
        <source>The server&apos;s JSON answer gives “%1” in a form GeoReport does not use.</source>
        <translation>La respuesta JSON del servidor da «%1» en una forma que GeoReport no usa.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="67"/>
        <source>The server sent an empty answer.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="73"/>
        <source>The server listed a service without a service_code, so it could not be chosen.</source>
        <translation>El servidor incluyó un servicio sin service_code, así que no se pudo elegir.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="75"/>
        <source>The server listed the service “%1” without a service_code, so it could not be chosen.</source>
        <translation>El servidor incluyó el servicio «%1» sin service_code, así que no se pudo elegir.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="82"/>
        <source>The server&apos;s answer to the report lists no request.</source>
        <translation>La respuesta del servidor al aviso no incluye ninguna solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="87"/>
        <source>The server&apos;s answer to the report has neither a service request id nor a token.</source>
        <translation>La respuesta del servidor al aviso no incluye ni número de solicitud ni token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="93"/>
        <source>The server listed a request with neither a service_request_id nor a token.</source>
        <translation>El servidor incluyó una solicitud sin service_request_id ni token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="142"/>
        <source>The service definition has an attribute without a code, so it could not be answered.</source>
        <translation>La definición del servicio tiene un atributo sin código, así que no se pudo responder.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="147"/>
        <source>The service definition lists a choice without a key for “%1”.</source>
        <translation>La definición del servicio incluye una opción sin clave (key) para «%1».</translation>
    </message>
    <message>
        <location filename="../lib/core/V2WireCodec.cpp" line="233"/>
        <source>The server listed no request with this id.</source>
        <translation>El servidor no incluyó ninguna solicitud con este número.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="56"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>La respuesta del servidor llegó incompleta.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="195"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>La respuesta del servidor no es XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="198"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>El servidor respondió con una página web en lugar de datos GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="202"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>La respuesta declara un tipo de documento (DTD), que GeoReport nunca usa; se rechazó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="223"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>El servidor respondió &lt;%1&gt; donde se esperaba &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="236"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>La respuesta del servidor no es XML bien formado: %1.</translation>
    </message>
</context>
<context>
    <name>Open311::WindowDialogs</name>
    <message>
        <location filename="../lib/gui/window/WindowDialogs.cpp" line="45"/>
        <source>Kept in memory only</source>
        <translation>Solo en memoria</translation>
    </message>
</context>
<context>
    <name>Open311::WireCodec</name>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="25"/>
        <source>discovery documents</source>
        <translation>documentos de descubrimiento</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="28"/>
        <source>service definitions</source>
        <translation>definiciones de servicio</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="31"/>
        <source>lists of requests</source>
        <translation>listas de solicitudes</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="34"/>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="40"/>
        <source>This city&apos;s server speaks GeoReport %1, which has no %2. Use a GeoReport v2 endpoint (--protocol v2).</source>
        <translation>El servidor de esta ciudad usa GeoReport %1, que no tiene %2. Use un servidor GeoReport v2 (--protocol v2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="56"/>
        <source>Open311 Reporter needs a graphical session, and none was found (DISPLAY is not set).</source>
        <translation>Open311 Reporter necesita una sesión gráfica y no se encontró ninguna (DISPLAY no está definido).</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="59"/>
        <source>Open311 Reporter could not reach the display %1. Check that the graphical session is running, then start it again.</source>
        <translation>Open311 Reporter no pudo conectar con la pantalla %1. Compruebe que la sesión gráfica está en marcha y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="80"/>
        <source>Open the built-in training city.</source>
        <translation>Abrir la ciudad de práctica integrada.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="82"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation>Funcionar como quiosco público: pantalla completa, sin configuración, con borrado por inactividad; se sale con el PIN de administrador.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="86"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation>Leer de la entrada estándar un PIN de administrador del quiosco e imprimir la línea kiosk/adminPin para la configuración del sistema.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="90"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>Para mediciones: indica cuándo se pinta el primer fotograma y la memoria en reposo, y termina.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="100"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>El PIN necesita al menos 4 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="115"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation>Open311 Reporter ya está abierto para este usuario pero no responde. Ciérrelo, o termine su proceso, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="121"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation>Open311 Reporter ya está abierto; su ventana se trajo al frente.</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>Puerto TCP; 0 elige uno libre y lo muestra (8311 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="59"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (127.0.0.1 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <location filename="../app/sandbox/main.cpp" line="78"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>The city_id to accept (default %1).</source>
        <translation>El city_id que se acepta (%1 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>Una clave de API aceptada; repítala para varias. Cada una ve solo sus propias solicitudes. Por omisión: %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="77"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation>El archivo SQLite que guarda las solicitudes.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="83"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>Segundos que pasa una solicitud en cada etapa de estado (120 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="86"/>
        <location filename="../app/sandbox/main.cpp" line="105"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation>Semilla para los tiempos de estado y los fallos (311 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="88"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="89"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Retrasa cada respuesta estos milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="90"/>
        <location filename="../app/sandbox/main.cpp" line="100"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="98"/>
        <source>Milliseconds a stalled call waits before its connection is closed (default: 2 minutes, past any client&apos;s timeout).</source>
        <translation>Milisegundos que espera una llamada bloqueada antes de que se cierre su conexión (predeterminado: 2 minutos, más que el tiempo de espera de cualquier cliente).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="47"/>
        <source>The Open311 Reporter training city: a GeoReport server for a fictional city, speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, definitions, requests and tokens, in .json and .xml) on the same port, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>La ciudad de práctica de Open311 Reporter: un servidor GeoReport para una ciudad ficticia, que usa v1 en /dev/V1/ y v2 en /dev/v2/ (descubrimiento, servicios, definiciones, solicitudes y tokens, en .json y .xml) en el mismo puerto, con sus propios mosaicos de mapa (/tiles/{z}/{x}/{y}.png) y un geocodificador compatible con Nominatim (/geocoder/search, /geocoder/reverse). No registra nada real.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62"/>
        <source>Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 is always under /dev/v2/.</source>
        <translation>Prefijo de ruta de los métodos GeoReport v1 (/dev/V1/ por omisión). GeoReport v2 está siempre en /dev/v2/.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Accept the API keys in this file, one per line, so that keys that matter stay out of the process list.</source>
        <translation>Aceptar las claves de API de este archivo, una por línea, para que las claves importantes no aparezcan en la lista de procesos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="80"/>
        <source>A service_list XML file replacing the built-in catalogue. Its services may carry the v2 attributes group, keywords, type and agency_responsible, and the file may hold v2 &lt;service_definition&gt; elements.</source>
        <translation>Un archivo XML service_list que sustituye al catálogo integrado. Sus servicios pueden llevar los atributos v2 group, keywords, type y agency_responsible, y el archivo puede contener elementos v2 &lt;service_definition&gt;.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="92"/>
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302 (v1) or 400 (v2).</source>
        <translation>Proporción de llamadas GeoReport (de 0 a 1) que fallan como en un servidor averiado: HTTP 500, conexión cortada, bloqueo, cuerpo truncado, o error 204/102/302 (v1) o 400 (v2).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102"/>
        <source>Seconds before the token of a v2 batch service&apos;s request turns into an id (default %1).</source>
        <translation>Segundos hasta que el token de una solicitud a un servicio por lotes v2 se convierte en un número de solicitud (%1 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="113"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port admite un número de 0 a 65535.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="116"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind admite una dirección IP, como 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="131"/>
        <source>The key file %1 holds no key.</source>
        <translation>El archivo de clave %1 no contiene ninguna clave.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="143"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation>--pace admite un número positivo de segundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="146"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="149"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation>--latency admite un número de milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="152"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>--fault-rate admite un número de 0 a 1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="155"/>
        <source>--stall takes a number of milliseconds.</source>
        <translation>--stall admite un número de milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="158"/>
        <source>--batch-delay takes a number of seconds from 0 to 86400.</source>
        <translation>--batch-delay admite un número de segundos de 0 a 86400.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="167"/>
        <source>Training city listening on %1</source>
        <translation>Ciudad de práctica escuchando en %1</translation>
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
            <numerusform>Id. de ciudad: %1; %n clave de API; datos en %2</numerusform>
            <numerusform>Id. de ciudad: %1; %n claves de API; datos en %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="176"/>
        <source>Tiles: %1</source>
        <translation>Mosaicos: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="177"/>
        <source>Geocoder: %1</source>
        <translation>Geocodificador: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="181"/>
        <source>Stopping the training city.</source>
        <translation>Deteniendo la ciudad de práctica.</translation>
    </message>
</context>
</TS>
