<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="58" />
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="60" />
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>No se encontró el servidor %1. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63" />
        <source>The server %1 closed the connection before answering.</source>
        <translation>El servidor %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="65" />
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>No se pudo establecer una conexión segura con %1: su certificado no es de confianza o no es válido. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="70" />
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city's server.</source>
        <translation>El servidor %1 redirigió la solicitud a otra dirección. No se siguió, para que la clave de API no salga del servidor de la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="74" />
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>Se perdió la conexión con %1 después de enviar la solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77" />
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="79" />
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Falló la conexión con %1 (error de red %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="134" />
        <source>Give a service request id.</source>
        <translation>Indique un número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="163" />
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>el servidor falló con el estado HTTP %1 mientras la procesaba.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="272" />
        <source>The server's answer is larger than %1; it was cut off for safety.</source>
        <translation>La respuesta del servidor supera %1; se cortó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="278" />
        <source>the server did not answer in time.</source>
        <translation>el servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="288" />
        <source>The server's answer was cut short.</source>
        <translation>La respuesta del servidor llegó incompleta.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="299" />
        <source>The server sent no HTTP answer.</source>
        <translation>El servidor no envió ninguna respuesta HTTP.</translation>
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
        <translation>Notifica problemas que no son emergencias al servidor Open311 GeoReport v1 de una ciudad.

Órdenes:
  services            lista los servicios de la ciudad
  submit              presenta un aviso nuevo (requiere --service-code y una ubicación)
  status ID [ID...]   muestra el estado de los avisos
  outbox list         avisos aún no enviados, y por qué
  outbox flush        envía lo que espera en la bandeja de salida para este servidor
  outbox resend ID    vuelve a enviar un aviso (tras comprobar que no llegó)
  outbox discard ID   quita un aviso de la bandeja de salida

Cada aviso se guarda en la bandeja de salida antes de enviarse y se envía como mucho una vez; --no-outbox lo envía directamente.

La clave de API se lee de la variable de entorno %1 o de --api-key-file; nunca se da como argumento.

Códigos de salida: 0 correcto, 2 error de uso o de validación (no se envió nada), 3 el servidor respondió con un error Open311, 4 fallo HTTP, de red, de tiempo de espera o de protocolo, 5 se desconoce el resultado de un envío.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81" />
        <source>services, submit or status.</source>
        <translation>services, submit o status.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="83" />
        <source>The server's base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>La URL base del servidor, p. ej. https://ciudad.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="107" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85" />
        <source>The city id the server expects.</source>
        <translation>El identificador de ciudad que espera el servidor.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="98" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="99" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86" />
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Segundos de espera por una respuesta (30 por omisión).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="87" />
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="89" />
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>Permite un servidor http:// sin cifrar que no está en este equipo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="90" />
        <source>Print JSON for scripts.</source>
        <translation>Imprime JSON para scripts.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="91" />
        <source>Read the API key from this file.</source>
        <translation>Lee la clave de API de este archivo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="91" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="106" />
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="92" />
        <source>submit: the service code.</source>
        <translation>submit: el código del servicio.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="92" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="259" />
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="93" />
        <source>submit: latitude (WGS84).</source>
        <translation>submit: latitud (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="93" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="94" />
        <source>DEGREES</source>
        <translation>GRADOS</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="94" />
        <source>submit: longitude (WGS84).</source>
        <translation>submit: longitud (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="95" />
        <source>submit: the address as a person would write it.</source>
        <translation>submit: la dirección tal como la escribiría una persona.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="96" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="104" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="97" />
        <source>submit: the reporter's email.</source>
        <translation>submit: el correo de quien avisa.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="97" />
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="98" />
        <source>submit: the device id.</source>
        <translation>submit: el identificador del dispositivo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="99" />
        <source>submit: the account id.</source>
        <translation>submit: el identificador de cuenta.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="100" />
        <source>submit: first name.</source>
        <translation>submit: nombre.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="100" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="101" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="259" />
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="101" />
        <source>submit: last name.</source>
        <translation>submit: apellidos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="102" />
        <source>submit: phone number.</source>
        <translation>submit: número de teléfono.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="102" />
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="103" />
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit: la descripción (4.000 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="105" />
        <source>submit: read the description from a file.</source>
        <translation>submit: lee la descripción de un archivo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="107" />
        <source>submit: a link to a photo or page.</source>
        <translation>submit: un enlace a una foto o una página.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="108" />
        <source>submit: send directly, without the outbox.</source>
        <translation>submit: envía directamente, sin la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="140" />
        <source>The option --%1 belongs to the submit command.</source>
        <translation>La opción --%1 pertenece a la orden submit.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="147" />
        <source>Name a command: services, submit or status.</source>
        <translation>Indique una orden: services, submit o status.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="152" />
        <source>services takes no arguments.</source>
        <translation>services no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="159" />
        <source>submit takes no positional arguments; use the options.</source>
        <translation>submit no admite argumentos posicionales; use las opciones.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="166" />
        <source>status needs at least one service request id.</source>
        <translation>status necesita al menos un número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="174" />
        <source>Unknown command “%1”. Use services, submit, status or outbox.</source>
        <translation>Orden desconocida «%1». Use services, submit, status u outbox.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="185" />
        <source>The API key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave de API %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="190" />
        <source>The API key file %1 is empty.</source>
        <translation>El archivo de clave de API %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="205" />
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT).</source>
        <translation>Indique el servidor con --endpoint URL (o OPEN311_ENDPOINT).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="228" />
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout admite un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="278" />
        <source>--lat takes a number of degrees.</source>
        <translation>--lat admite un número de grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="286" />
        <source>--lon takes a number of degrees.</source>
        <translation>--lon admite un número de grados.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="300" />
        <source>Give --description or --description-file, not both.</source>
        <translation>Indique --description o --description-file, no ambos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="307" />
        <source>The description file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de descripción %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="358" />
        <source>Use --no-outbox to send without it.</source>
        <translation>Use --no-outbox para enviar sin ella.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="376" />
        <source>The report could not be written to the outbox %1.</source>
        <translation>No se pudo guardar el aviso en la bandeja de salida %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="391" />
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>El aviso se conserva en la bandeja de salida con el número %1 (véase: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="399" />
        <source>The report was taken by another process.</source>
        <translation>Otro proceso tomó el aviso.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="438" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="466" />
        <source>Use outbox list, outbox flush, outbox resend ID or outbox discard ID.</source>
        <translation>Use outbox list, outbox flush, outbox resend ID u outbox discard ID.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="473" />
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>outbox %1 admite el número de un aviso (véase: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="477" />
        <source>outbox %1 takes no arguments.</source>
        <translation>outbox %1 no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="515" />
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>No hay ningún aviso %1 en la bandeja de salida que se pueda descartar.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="518" />
        <source>Report %1 was removed from the outbox.</source>
        <translation>El aviso %1 se quitó de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="545" />
        <source>Report %1 (%2): %3</source>
        <translation>Aviso %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/CommandLineTool.cpp" line="550" />
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation><numerusform>%n aviso enviado; %1 siguen en la bandeja de salida.</numerusform><numerusform>%n avisos enviados; %1 siguen en la bandeja de salida.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="558" />
        <source>Report %1 is not waiting in the outbox for this endpoint.</source>
        <translation>El aviso %1 no está esperando en la bandeja de salida para este servidor.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="563" />
        <location filename="../lib/cli/CommandLineTool.cpp" line="567" />
        <source>Report %1 is being sent by another process.</source>
        <translation>Otro proceso está enviando el aviso %1.</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="26" />
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>El servidor no es una URL válida. Indique la dirección completa, como https://ciudad.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="32" />
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>El servidor debe empezar por https:// (o http:// donde se permita HTTP sin cifrar).</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="37" />
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>El servidor usa HTTP sin cifrar, lo que enviaría la clave de API sin protección. Use https:// o permita HTTP sin cifrar de forma explícita.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="42" />
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>El identificador de ciudad está vacío. Los servidores GeoReport v1 lo necesitan (por ejemplo sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15" />
        <source>No API key was sent.</source>
        <translation>No se envió ninguna clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19" />
        <source>The server does not accept this API key.</source>
        <translation>El servidor no acepta esta clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21" />
        <source>The server could not produce its list of services.</source>
        <translation>El servidor no pudo generar su lista de servicios.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23" />
        <source>No service was chosen.</source>
        <translation>No se eligió ningún servicio.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25" />
        <source>The server does not offer the chosen service.</source>
        <translation>El servidor no ofrece el servicio elegido.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27" />
        <source>The server could not file the report; nothing was created.</source>
        <translation>El servidor no pudo registrar el aviso; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29" />
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>El servidor no conoce este número de solicitud, o se creó con otra clave de API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="32" />
        <source>The server reported an error.</source>
        <translation>El servidor informó de un error.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="84" />
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>La dirección del servidor es incorrecta o el servicio no está en marcha (HTTP 404). Compruebe la URL del servidor.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="87" />
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="89" />
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="106" />
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="114" />
        <source>The server's answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="123" />
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>Puede que el aviso haya llegado a la ciudad o no: %1 No se volvió a enviar, para que no pueda registrarse dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="134" />
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="136" />
        <source>The server said: “%1”</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="142" />
        <source>It began with: “%1”</source>
        <translation>Empezaba así: «%1»</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="72" />
        <source>Type an address to search for.</source>
        <translation>Escriba una dirección para buscarla.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="161" />
        <source>The address search service could not be reached.</source>
        <translation>No se pudo contactar con el servicio de búsqueda de direcciones.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="169" />
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>El servicio de búsqueda de direcciones envió una respuesta que no es JSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="176" />
        <source>The address search service said: %1</source>
        <translation>El servicio de búsqueda de direcciones dijo: %1</translation>
    </message>
</context>
<context>
    <name>Open311::MainWindow</name>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="45" />
        <source>&amp;Undo clear</source>
        <translation>&amp;Deshacer el vaciado</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="49" />
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="51" />
        <location filename="../lib/gui/MainWindow.cpp" line="66" />
        <source>&amp;Report</source>
        <translation>&amp;Aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="52" />
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="55" />
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="56" />
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="57" />
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="59" />
        <source>Undo clearing the form</source>
        <translation>Deshacer el vaciado del formulario</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="64" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="67" />
        <source>&amp;New report</source>
        <translation>Aviso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="70" />
        <source>&amp;Refresh services</source>
        <translation>&amp;Actualizar los servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="74" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="109" />
        <source>Training city (Sandbox City)</source>
        <translation>Ciudad de práctica (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="113" />
        <source>Training city map</source>
        <translation>Mapa de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="127" />
        <source>Reports cannot be sent: %1</source>
        <translation>No se pueden enviar avisos: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="132" />
        <location filename="../lib/gui/MainWindow.cpp" line="362" />
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="157" />
        <source>The training city could not start: %1</source>
        <translation>No se pudo iniciar la ciudad de práctica: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="225" />
        <source>Loading services…</source>
        <translation>Cargando los servicios…</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="228" />
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="229" />
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>No se pudo cargar la lista de servicios: %1 Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="234" />
        <source>Connected: %n service(s)</source>
        <translation><numerusform>Conectado: %n servicio</numerusform><numerusform>Conectado: %n servicios</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="256" />
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>No se pueden enviar avisos porque la bandeja de salida no está disponible.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="260" />
        <source>%1 no longer accepts reports. Choose another jurisdiction.</source>
        <translation>%1 ya no acepta avisos. Elija otra jurisdicción.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="284" />
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>No se pudo guardar el aviso, así que no se envió. No se perdió nada: el formulario aún lo contiene.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="290" />
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>El aviso está guardado en la bandeja de salida y se enviará en breve.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="303" />
        <source>A waiting report went out: request id %1.</source>
        <translation>Salió un aviso que esperaba: número de solicitud %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="316" />
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city's server can be reached.</source>
        <translation>%1 El aviso está guardado en la bandeja de salida (número %2) y se enviará automáticamente cuando se pueda contactar con el servidor de la ciudad.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="327" />
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 El aviso figura en la pestaña Bandeja de salida (número %2), donde puede consultarlo con la ciudad y volver a enviarlo o anotar su número.</translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="360" />
        <source>Outbox empty</source>
        <translation>Bandeja de salida vacía</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/MainWindow.cpp" line="360" />
        <source>Outbox: %n waiting</source>
        <translation><numerusform>Bandeja de salida: %n en espera</numerusform><numerusform>Bandeja de salida: %n en espera</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/MainWindow.cpp" line="362" />
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Bandeja de salida (%1)</translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="52" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="53" />
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation>Las flechas mueven el mapa, más y menos cambian el zoom, Intro o Espacio colocan el marcador en el centro. Haga clic o arrastre para colocar el marcador.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="57" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="58" />
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="61" />
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="694" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="695" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15" />
        <source>Choose a service.</source>
        <translation>Elija un servicio.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19" />
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique a la vez latitud y longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24" />
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>La latitud debe estar entre -90 y 90 grados.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27" />
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>La longitud debe estar entre -180 y 180 grados.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31" />
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>Indique una ubicación: coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="39" />
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>La descripción tiene %1 caracteres; la ciudad acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="44" />
        <source>The email address does not look right (name@example.org).</source>
        <translation>La dirección de correo no parece correcta (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="51" />
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>El enlace debe ser una dirección web completa que empiece por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="98" />
        <source>The outbox</source>
        <translation>La bandeja de salida</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="104" />
        <source>The outbox %1 is busy or not writable: %2</source>
        <translation>La bandeja de salida %1 está ocupada o no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="108" />
        <source>The outbox %1 is not a database this app can read: %2</source>
        <translation>La bandeja de salida %1 no es una base de datos que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="116" />
        <source>The outbox %1 was written by a newer version of the app.</source>
        <translation>La bandeja de salida %1 la escribió una versión más nueva de la aplicación.</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="125" />
        <source>The outbox %1 could not be set up: %2</source>
        <translation>No se pudo preparar la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="158" />
        <source>The outbox %1 cannot be upgraded: %2</source>
        <translation>No se puede actualizar la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="347" />
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>La aplicación se detuvo mientras se enviaba este aviso; puede que haya llegado a la ciudad o no.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="38" />
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="40" />
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="42" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="44" />
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="46" />
        <source>Refused by the city</source>
        <translation>Rechazado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="48" />
        <source>Outcome unknown — check before resending</source>
        <translation>Resultado desconocido: compruébelo antes de reenviar</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="73" />
        <source>Will retry at %1</source>
        <translation>Se reintentará a las %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="88" />
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="90" />
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="92" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="94" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxModel.cpp" line="96" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="20" />
        <source>Send &amp;waiting reports now</source>
        <translation>Enviar ahora los avisos en &amp;espera</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="21" />
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="23" />
        <source>Record &amp;id</source>
        <translation>Anotar &amp;número</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="24" />
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="31" />
        <source>Reports not yet sent</source>
        <translation>Avisos aún no enviados</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="33" />
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>Un aviso con resultado desconocido puede haber llegado a la ciudad. Consúltelo con la ciudad antes de reenviarlo, o anote el número que le dieron.</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="35" />
        <source>Send waiting reports now</source>
        <translation>Enviar ahora los avisos en espera</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="36" />
        <source>Resend the selected report</source>
        <translation>Reenviar el aviso seleccionado</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="37" />
        <source>Id given by the city</source>
        <translation>Número dado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="38" />
        <source>Request id given by the city</source>
        <translation>Número de solicitud dado por la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="39" />
        <source>Record the id for the selected report</source>
        <translation>Anotar el número del aviso seleccionado</translation>
    </message>
    <message>
        <location filename="../lib/gui/OutboxPanel.cpp" line="40" />
        <source>Discard the selected report</source>
        <translation>Descartar el aviso seleccionado</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="24" />
        <source>The position found is not valid.</source>
        <translation>La posición obtenida no es válida.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="33" />
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>Este equipo no permite que la aplicación conozca su ubicación. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37" />
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>No se pudo encontrar su ubicación a tiempo. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41" />
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>Su ubicación no está disponible. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="55" />
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>Este equipo no tiene servicio de ubicación. Coloque el marcador en el mapa o escriba una dirección.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="96" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="102" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="139" />
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="148" />
        <source>&amp;Service (Ctrl+F)</source>
        <translation>&amp;Servicio (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="150" />
        <source>Type to filter, e.g. pothole</source>
        <translation>Escriba para filtrar, p. ej. bache</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="152" />
        <source>Filter services</source>
        <translation>Filtrar servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="156" />
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="164" />
        <source>Description of the chosen service</source>
        <translation>Descripción del servicio elegido</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="202" />
        <source>&amp;Address (Ctrl+L)</source>
        <translation>&amp;Dirección (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="204" />
        <source>Street and number, then Enter to find it</source>
        <translation>Calle y número; pulse Intro para encontrarla</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="205" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="206" />
        <source>Press Enter to search for the address and move the pin.</source>
        <translation>Pulse Intro para buscar la dirección y mover el marcador.</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="209" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="210" />
        <source>Find the address on the map</source>
        <translation>Buscar la dirección en el mapa</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="211" />
        <source>Use &amp;my location</source>
        <translation>Usar &amp;mi ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="212" />
        <source>Use my location</source>
        <translation>Usar mi ubicación</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="221" />
        <source>La&amp;titude</source>
        <translation>La&amp;titud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="223" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="226" />
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="228" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="255" />
        <source>Finding your location…</source>
        <translation>Buscando su ubicación…</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="280" />
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="280" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="281" />
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="281" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="282" />
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="282" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="285" />
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="285" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="287" />
        <source>Acc&amp;ount id</source>
        <translation>Id. de &amp;cuenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="287" />
        <source>Account id</source>
        <translation>Identificador de cuenta</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="290" />
        <source>&amp;Description</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="292" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="294" />
        <source>What is wrong, and where exactly?</source>
        <translation>¿Qué ocurre y dónde exactamente?</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="297" />
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="304" />
        <source>Photo or page &amp;link</source>
        <translation>&amp;Enlace a foto o página</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="306" />
        <source>Link to a photo or page</source>
        <translation>Enlace a una foto o una página</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="307" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="311" />
        <location filename="../lib/gui/ReportForm.cpp" line="521" />
        <source>&amp;Send report (Ctrl+Enter)</source>
        <translation>En&amp;viar aviso (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="312" />
        <source>Send the report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="316" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="337" />
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation><numerusform>La descripción está limitada a %1 caracteres. Quedó fuera: %n.</numerusform><numerusform>La descripción está limitada a %1 caracteres. Quedaron fuera: %n.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="430" />
        <source>No service chosen yet.</source>
        <translation>Aún no se ha elegido ningún servicio.</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="521" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="523" />
        <source>Sending the report…</source>
        <translation>Enviando el aviso…</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="561" />
        <source>Looking up “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="570" />
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>No se encontró ningún lugar llamado «%1». Coloque el marcador en el mapa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/ReportForm.cpp" line="577" />
        <source>%n place(s) found; choose one.</source>
        <translation><numerusform>Se encontró %n lugar; elíjalo.</numerusform><numerusform>Se encontraron %n lugares; elija uno.</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="580" />
        <source>Places found</source>
        <translation>Lugares encontrados</translation>
    </message>
    <message>
        <location filename="../lib/gui/ReportForm.cpp" line="650" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="16" />
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="19" />
        <source>&amp;New report (Ctrl+N)</source>
        <translation>Aviso &amp;nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="22" />
        <source>The report was filed. Request id:</source>
        <translation>El aviso quedó registrado. Número de solicitud:</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="29" />
        <source>Request id</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="31" />
        <source>Copy the request id</source>
        <translation>Copiar el número de solicitud</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="35" />
        <source>What the city promises</source>
        <translation>Lo que promete la ciudad</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="36" />
        <source>Start a new report</source>
        <translation>Empezar un aviso nuevo</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="54" />
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="56" />
        <source>The city did not say when it will act.</source>
        <translation>La ciudad no indicó cuándo actuará.</translation>
    </message>
    <message>
        <location filename="../lib/gui/ResultPanel.cpp" line="57" />
        <source>The city says: %1</source>
        <translation>La ciudad dice: %1</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="24" />
        <source>The services file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de servicios %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="28" />
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>El archivo de servicios %1 supera los 16 MB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41" />
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>El archivo de servicios declara un DTD, que no se acepta.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="53" />
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>Línea %1 del archivo de servicios: cada servicio necesita service_code y service_name.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="59" />
        <source>The service code %1 appears twice in the services file.</source>
        <translation>El código de servicio %1 aparece dos veces en el archivo de servicios.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="64" />
        <source>The City will review this report within 5 business days.</source>
        <translation>La ciudad revisará este aviso en un plazo de 5 días hábiles.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70" />
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>El archivo de servicios no es XML bien formado (línea %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76" />
        <source>The services file lists no services.</source>
        <translation>El archivo de servicios no contiene ningún servicio.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="53" />
        <source>Sandbox City</source>
        <translation>Sandbox City</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="59" />
        <source>%1 Avenue</source>
        <translation>Avenida %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="60" />
        <source>%1 Street</source>
        <translation>Calle %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="128" />
        <location filename="../lib/sandbox/SandboxCity.cpp" line="160" />
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="147" />
        <source>%1 &amp; %2, %3</source>
        <translation>%1 y %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="174" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="92" />
        <source>Sandbox Country</source>
        <translation>País de práctica</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="24" />
        <source>Assigned to crew</source>
        <translation>Asignado a una cuadrilla</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="25" />
        <source>Inspection scheduled</source>
        <translation>Inspección programada</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="26" />
        <source>Crew on site</source>
        <translation>Cuadrilla en el lugar</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="29" />
        <source>Repaired. Thank you for your report.</source>
        <translation>Reparado. Gracias por su aviso.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="30" />
        <source>Completed by the street maintenance crew.</source>
        <translation>Completado por la cuadrilla de mantenimiento de calles.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="31" />
        <source>Duplicate of an earlier report; closed.</source>
        <translation>Duplicado de un aviso anterior; cerrado.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="154" />
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>La ciudad de práctica no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="255" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="285" />
        <source>Missing API Key</source>
        <translation>Falta la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="257" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="351" />
        <source>Invalid API Key</source>
        <translation>Clave de API no válida</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="260" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="289" />
        <location filename="../lib/sandbox/SandboxServer.cpp" line="353" />
        <source>Unknown city_id; this server serves %1.</source>
        <translation>city_id desconocido; este servidor atiende a %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="263" />
        <source>Service list back-end is down; try again later.</source>
        <translation>El sistema de la lista de servicios no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="287" />
        <source>Invalid api_key received -- can't proceed with create_request.</source>
        <translation>Se recibió un api_key no válido; no se puede continuar con create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="292" />
        <source>Missing service_code</source>
        <translation>Falta service_code</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="295" />
        <source>Invalid service_code %1</source>
        <translation>service_code %1 no válido</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="302" />
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>lat y lon deben indicarse ambos en grados WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="305" />
        <source>Either lat/lon or address_string is required.</source>
        <translation>Se necesita lat/lon o address_string.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="308" />
        <source>The description is limited to 4,000 characters.</source>
        <translation>La descripción está limitada a 4.000 caracteres.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="310" />
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Lagan WS no funciona; no se creó nada. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="325" />
        <source>The request could not be stored; nothing was created.</source>
        <translation>No se pudo guardar la solicitud; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="349" />
        <source>Missing API key</source>
        <translation>Falta la clave de API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="355" />
        <source>Status back-end is down; try again later.</source>
        <translation>El sistema de estados no funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="360" />
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>Número no válido o está intentando consultar una solicitud que usted no creó</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="68" />
        <source>The training city's database</source>
        <translation>La base de datos de la ciudad de práctica</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="74" />
        <source>The training city's database %1 is not readable: %2</source>
        <translation>La base de datos de la ciudad de práctica %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="80" />
        <source>The training city's database %1 was written by a newer version.</source>
        <translation>La base de datos de la ciudad de práctica %1 la escribió una versión más nueva.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="93" />
        <source>The training city's database %1 cannot be set up: %2</source>
        <translation>No se puede preparar la base de datos de la ciudad de práctica %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="109" />
        <source>The training city's database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos de la ciudad de práctica %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="31" />
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>No se puede crear la carpeta %1 para %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="39" />
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>%1 (%2) no se puede abrir: %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="48" />
        <source>%1 (%2) is not a database this app can read: %3</source>
        <translation>%1 (%2) no es una base de datos que esta aplicación pueda leer: %3</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="10" />
        <source>© OpenStreetMap contributors</source>
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>Open311::V1Codec</name>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="76" />
        <location filename="../lib/core/V1Codec.cpp" line="97" />
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>El servidor respondió con una página web en lugar de datos GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="81" />
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>La respuesta declara un tipo de documento (DTD), que GeoReport nunca usa; se rechazó por seguridad.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="90" />
        <source>The server sent an empty answer.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="91" />
        <source>The server's answer is not XML.</source>
        <translation>La respuesta del servidor no es XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="99" />
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>El servidor respondió &lt;%1&gt; donde se esperaba &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="148" />
        <source>The server's answer was cut short.</source>
        <translation>La respuesta del servidor llegó incompleta.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="150" />
        <source>The server's answer is not well-formed XML: %1.</source>
        <translation>La respuesta del servidor no es XML bien formado: %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="158" />
        <source>The server's answer holds neither a result nor an error.</source>
        <translation>La respuesta del servidor no contiene ni un resultado ni un error.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="238" />
        <source>The server's answer to the report has no service request id.</source>
        <translation>La respuesta del servidor al aviso no incluye número de solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="260" />
        <source>The server's status answer has no status.</source>
        <translation>La respuesta de estado del servidor no incluye el estado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="24" />
        <source>Open the built-in training city.</source>
        <translation>Abrir la ciudad de práctica integrada.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="26" />
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>Para mediciones: indica cuándo se pinta el primer fotograma y la memoria en reposo, y termina.</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="42" />
        <source>The Open311 Reporter training city: a GeoReport v1 server for a fictional city, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>La ciudad de práctica de Open311 Reporter: un servidor GeoReport v1 para una ciudad ficticia, con sus propios mosaicos de mapa (/tiles/{z}/{x}/{y}.png) y un geocodificador compatible con Nominatim (/geocoder/search, /geocoder/reverse). No registra nada real.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="49" />
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>Puerto TCP; 0 elige uno libre y lo muestra (8311 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="50" />
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="51" />
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (127.0.0.1 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="52" />
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="53" />
        <source>Path prefix of the GeoReport methods (default /dev/V1/).</source>
        <translation>Prefijo de ruta de los métodos GeoReport (/dev/V1/ por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="54" />
        <location filename="../app/sandbox/main.cpp" line="62" />
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="55" />
        <source>The city_id to accept (default %1).</source>
        <translation>El city_id que se acepta (%1 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="56" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="58" />
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>Una clave de API aceptada; repítala para varias. Cada una ve solo sus propias solicitudes. Por omisión: %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="61" />
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62" />
        <source>The SQLite file that keeps the requests.</source>
        <translation>El archivo SQLite que guarda las solicitudes.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="63" />
        <source>A service_list XML file replacing the built-in catalogue.</source>
        <translation>Un archivo XML service_list que sustituye al catálogo integrado.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="65" />
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>Segundos que pasa una solicitud en cada etapa de estado (120 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66" />
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="67" />
        <source>Seed for status timing and faults (default 311).</source>
        <translation>Semilla para los tiempos de estado y los fallos (311 por omisión).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="68" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69" />
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Retrasa cada respuesta estos milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="70" />
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72" />
        <source>Share of GeoReport calls (0 to 1) that fail like an unhealthy server: HTTP 500, dropped connection, stall, truncated body, or error 204/102/302.</source>
        <translation>Proporción de llamadas GeoReport (0 a 1) que fallan como un servidor enfermo: HTTP 500, conexión cortada, bloqueo, cuerpo truncado o error 204/102/302.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="82" />
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port admite un número de 0 a 65535.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85" />
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind admite una dirección IP, como 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="99" />
        <source>--pace takes a positive number of seconds.</source>
        <translation>--pace admite un número positivo de segundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102" />
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="105" />
        <source>--latency takes a number of milliseconds.</source>
        <translation>--latency admite un número de milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="108" />
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>--fault-rate admite un número de 0 a 1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="117" />
        <source>Training city listening on %1</source>
        <translation>Ciudad de práctica escuchando en %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="118" />
        <source>Port: %1</source>
        <translation>Puerto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sandbox/main.cpp" line="119" />
        <source>City id: %1; %n API key(s); data in %2</source>
        <translation><numerusform>Id. de ciudad: %1; %n clave de API; datos en %2</numerusform><numerusform>Id. de ciudad: %1; %n claves de API; datos en %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="122" />
        <source>Tiles: %1</source>
        <translation>Mosaicos: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123" />
        <source>Geocoder: %1</source>
        <translation>Geocodificador: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="127" />
        <source>Stopping the training city.</source>
        <translation>Deteniendo la ciudad de práctica.</translation>
    </message>
</context>
</TS>