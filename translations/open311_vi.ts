<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Open311::AboutDialog</name>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="15"/>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="24"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 server and follows each report until it is closed. Running on Qt %1.</source>
        <translation>Gửi báo cáo các sự cố không khẩn cấp đến máy chủ Open311 GeoReport v1 của thành phố và theo dõi từng báo cáo cho đến khi được đóng. Chạy trên Qt %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="38"/>
        <source>Outbox and drafts</source>
        <translation>Hộp thư đi và bản nháp</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="39"/>
        <source>Followed requests</source>
        <translation>Yêu cầu đang theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="40"/>
        <source>Training city</source>
        <translation>Thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/AboutDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>Open311::AccessibleText</name>
    <message>
        <location filename="../lib/gui/widgets/AccessibleText.cpp" line="60"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
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
        <translation>GeoReport v2 (bản nháp)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="74"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="77"/>
        <source>%1, production</source>
        <translation>%1, chính thức</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="79"/>
        <source>%1 (test)</source>
        <translation>%1 (thử nghiệm)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="81"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="83"/>
        <source>%1, production or test not stated</source>
        <translation>%1, không nêu là chính thức hay thử nghiệm</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="91"/>
        <source>JSON and XML</source>
        <translation>JSON và XML</translation>
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
        <translation>Thêm thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="119"/>
        <source>&amp;Address of the city&apos;s server or discovery document</source>
        <translation>Địa chỉ máy chủ hoặc tài &amp;liệu khám phá của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="122"/>
        <source>Allow plain &amp;HTTP (the API key would travel unencrypted)</source>
        <translation>Cho phép &amp;HTTP không mã hóa (khóa API sẽ được gửi đi không mã hóa)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="123"/>
        <source>&amp;Read</source>
        <translation>Tra &amp;cứu</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="130"/>
        <source>&amp;Endpoints</source>
        <translation>Điểm &amp;kết nối</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="133"/>
        <source>Needed by GeoReport v1, and by servers with several cities</source>
        <translation>Cần cho GeoReport v1 và cho máy chủ phục vụ nhiều thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="141"/>
        <source>Add &amp;the city</source>
        <translation>&amp;Thêm thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="145"/>
        <source>Address of the city&apos;s server or discovery document</source>
        <translation>Địa chỉ máy chủ hoặc tài liệu khám phá của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="146"/>
        <source>Allow plain HTTP</source>
        <translation>Cho phép HTTP không mã hóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="147"/>
        <source>Read the city&apos;s server</source>
        <translation>Tra cứu máy chủ của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="148"/>
        <source>About the city</source>
        <translation>Về thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="149"/>
        <source>Endpoints</source>
        <translation>Điểm kết nối</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="150"/>
        <source>Jurisdiction id</source>
        <translation>Mã khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="151"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="152"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="153"/>
        <source>Add the city</source>
        <translation>Thêm thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="163"/>
        <source>Jurisdiction &amp;id</source>
        <translation>&amp;Mã khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="255"/>
        <source>Reading the city&apos;s server…</source>
        <translation>Đang tra cứu máy chủ của thành phố…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="269"/>
        <source>The city&apos;s server could not be reached: %1</source>
        <translation>Không thể kết nối với máy chủ của thành phố: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="297"/>
        <source>This address has no discovery document, but a GeoReport v2 server answers there.</source>
        <translation>Địa chỉ này không có tài liệu khám phá, nhưng có một máy chủ GeoReport v2 trả lời tại đó.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="311"/>
        <source>No discovery document was found at this address, and no GeoReport server answers there. %1</source>
        <translation>Không tìm thấy tài liệu khám phá tại địa chỉ này, và cũng không có máy chủ GeoReport nào trả lời tại đó. %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="322"/>
        <source>This address has no discovery document, but a GeoReport v1 server answers there.</source>
        <translation>Địa chỉ này không có tài liệu khám phá, nhưng có một máy chủ GeoReport v1 trả lời tại đó.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="343"/>
        <source>The city&apos;s discovery document lists no GeoReport endpoint.</source>
        <translation>Tài liệu khám phá của thành phố không có điểm kết nối GeoReport nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="348"/>
        <source>The city&apos;s discovery document lists %n endpoint(s); the one to use is selected.</source>
        <translation>
            <numerusform>Tài liệu khám phá của thành phố có %n điểm kết nối; điểm kết nối cần dùng đã được chọn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="370"/>
        <source>Contact: %1</source>
        <translation>Liên hệ: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="372"/>
        <source>API keys: %1</source>
        <translation>Khóa API: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="433"/>
        <source> (test)</source>
        <translation> (thử nghiệm)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="434"/>
        <source>Test endpoint: reports filed here are not real.</source>
        <translation>Điểm kết nối thử nghiệm: các báo cáo gửi tại đây không phải là thật.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="449"/>
        <source>Give the city a name.</source>
        <translation>Vui lòng đặt tên cho thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/AddCityDialog.cpp" line="452"/>
        <source>A GeoReport v1 server needs the city&apos;s id: enter it under Jurisdiction id (for example sfgov.org).</source>
        <translation>Máy chủ GeoReport v1 cần mã của thành phố: vui lòng nhập vào ô “Mã khu vực quản lý” (ví dụ sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::AppSession</name>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="46"/>
        <source>The city&apos;s service area could not be loaded: %1</source>
        <translation>Không thể tải khu vực phục vụ của thành phố: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="164"/>
        <source>The training city&apos;s records were damaged; they were kept as %1 and it starts afresh.</source>
        <translation>Dữ liệu của thành phố thực hành bị hỏng; dữ liệu cũ được giữ lại thành %1 và thành phố bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city over GeoReport v1</source>
        <translation>Thành phố thực hành qua GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="182"/>
        <source>Training city (Sandbox City)</source>
        <translation>Thành phố thực hành (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="188"/>
        <source>Training city map</source>
        <translation>Bản đồ thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="207"/>
        <source>The jurisdiction “%1” is not configured.</source>
        <translation>Khu vực quản lý “%1” chưa được thiết lập.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="209"/>
        <source>The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.</source>
        <translation>Khu vực quản lý %1 chưa được thiết lập đúng: %2 Vui lòng mở Cài đặt để sửa.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="218"/>
        <source>The training city could not start: %1</source>
        <translation>Không thể khởi động thành phố thực hành: %1</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="232"/>
        <source>Fetching the API key…</source>
        <translation>Đang lấy khóa API…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="239"/>
        <source>No API key is set for %1. Set it in Settings (Ctrl+,).</source>
        <translation>Chưa có khóa API cho %1. Vui lòng nhập khóa trong Cài đặt (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="344"/>
        <source>Loading services…</source>
        <translation>Đang tải các dịch vụ…</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="350"/>
        <source>Not connected: %1</source>
        <translation>Chưa kết nối: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/session/AppSession.cpp" line="354"/>
        <source>Connected: %n service(s)</source>
        <translation>
            <numerusform>Đã kết nối: %n dịch vụ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="373"/>
        <source>Existing requests could not be loaded from %1: %2</source>
        <translation>Không thể tải các yêu cầu hiện có từ %1: %2</translation>
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
            <numerusform>%1: đã bỏ qua %n yêu cầu không có tọa độ dùng được.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="421"/>
        <source>Request %1 could not be added to the Tracker: its file could not be written (the disk may be full). Nothing already followed was lost; free some space and follow it again from the Tracker tab.</source>
        <translation>Không thể thêm yêu cầu %1 vào mục Theo dõi: không ghi được tệp của mục này (có thể ổ đĩa đã đầy). Không mất yêu cầu nào đang theo dõi; hãy giải phóng dung lượng rồi theo dõi lại từ thẻ Theo dõi.</translation>
    </message>
    <message>
        <location filename="../lib/session/AppSession.cpp" line="477"/>
        <source>Not connected yet.</source>
        <translation>Chưa kết nối.</translation>
    </message>
</context>
<context>
    <name>Open311::Client</name>
    <message>
        <location filename="../lib/core/Client.cpp" line="56"/>
        <source>The server %1 refused the connection.</source>
        <translation>Máy chủ %1 đã từ chối kết nối.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="58"/>
        <source>The server %1 could not be found. Check the address and the network.</source>
        <translation>Không tìm thấy máy chủ %1. Vui lòng kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="61"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Máy chủ %1 đã đóng kết nối trước khi trả lời.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="63"/>
        <source>A secure connection to %1 could not be established: its certificate is not trusted or not valid. Nothing was sent.</source>
        <translation>Không thể tạo kết nối an toàn với %1: chứng chỉ của máy chủ không đáng tin cậy hoặc không hợp lệ. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="68"/>
        <source>The server %1 redirected the request to another address. It was not followed, so that the API key stays with the city&apos;s server.</source>
        <translation>Máy chủ %1 đã chuyển hướng yêu cầu sang một địa chỉ khác. Ứng dụng không chuyển theo, để khóa API chỉ được gửi đến máy chủ của thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="72"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>Mất kết nối với %1 sau khi yêu cầu đã được gửi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="75"/>
        <source>The network is not available.</source>
        <translation>Không có mạng.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="77"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Kết nối với %1 thất bại (lỗi mạng %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="150"/>
        <source>Give a service request id.</source>
        <translation>Vui lòng nhập số yêu cầu.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="171"/>
        <source>Give a service code.</source>
        <translation>Vui lòng nhập mã dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="195"/>
        <source>Give a token.</source>
        <translation>Vui lòng nhập token.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="220"/>
        <source>the server failed with HTTP status %1 while handling it.</source>
        <translation>máy chủ gặp lỗi (mã trạng thái HTTP %1) khi xử lý.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="362"/>
        <source>The server&apos;s answer is larger than %1; it was cut off for safety.</source>
        <translation>Câu trả lời của máy chủ lớn hơn %1; đã bị cắt bớt để đảm bảo an toàn.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="368"/>
        <source>the server did not answer in time.</source>
        <translation>máy chủ không trả lời kịp thời.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="378"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Câu trả lời của máy chủ bị cắt ngang.</translation>
    </message>
    <message>
        <location filename="../lib/core/Client.cpp" line="390"/>
        <source>The server sent no HTTP answer.</source>
        <translation>Máy chủ không gửi câu trả lời HTTP nào.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandContext</name>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="78"/>
        <source>There is no jurisdiction “%1” (see: open311 profiles).</source>
        <translation>Không có khu vực quản lý “%1” (xem: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="83"/>
        <source>The training city runs inside the app. Start open311-sandbox and use --endpoint.</source>
        <translation>Thành phố thực hành chạy bên trong ứng dụng. Vui lòng khởi động open311-sandbox và dùng --endpoint.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="104"/>
        <source>No API key is set for %1. Set one in the app&apos;s settings, provision a key file, or set OPEN311_API_KEY.</source>
        <translation>Chưa có khóa API cho %1. Vui lòng nhập khóa trong phần cài đặt của ứng dụng, cài đặt một tệp khóa, hoặc đặt OPEN311_API_KEY.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="120"/>
        <source>The API key file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp khóa API %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="152"/>
        <source>--protocol takes v1 or v2.</source>
        <translation>--protocol nhận v1 hoặc v2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="158"/>
        <source>Give --city-id or --jurisdiction-id, not both.</source>
        <translation>Vui lòng dùng --city-id hoặc --jurisdiction-id, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="177"/>
        <source>--format takes json or xml.</source>
        <translation>--format nhận json hoặc xml.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandContext.cpp" line="223"/>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout nhận số giây từ 0 đến 3600.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineTool</name>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="43"/>
        <source>Reports non-emergency problems to a city&apos;s Open311 GeoReport v1 or v2 server.</source>
        <translation>Gửi báo cáo các sự cố không khẩn cấp đến máy chủ Open311 GeoReport v1 hoặc v2 của thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="44"/>
        <location filename="../lib/cli/CommandLineTool.cpp" line="116"/>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="46"/>
        <source>Every submission is written to the outbox before it is sent, and is sent at most once; --no-outbox sends directly.

The API key is read from the environment variable %1 or from --api-key-file; it is never given as an argument.

Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the outcome of a submission is unknown.</source>
        <translation>Mỗi lần gửi đều được ghi vào Hộp thư đi trước khi gửi, và chỉ được gửi tối đa một lần; --no-outbox gửi trực tiếp.

Khóa API được đọc từ biến môi trường %1 hoặc từ --api-key-file; không bao giờ nhập khóa dưới dạng đối số.

Mã thoát: 0 thành công, 2 lỗi cách dùng hoặc lỗi kiểm tra (chưa gửi gì), 3 máy chủ trả lời bằng một lỗi Open311, 4 lỗi HTTP, mạng, hết thời gian chờ hoặc lỗi giao thức, 5 không rõ kết quả của lần gửi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="57"/>
        <source>%1 (see the commands above).</source>
        <translation>%1 (xem các lệnh ở trên).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="60"/>
        <source>Use a configured jurisdiction (see: open311 profiles).</source>
        <translation>Dùng một khu vực quản lý đã thiết lập (xem: open311 profiles).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="61"/>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>The server&apos;s base URL, e.g. https://city.example/dev/V1/.</source>
        <translation>URL gốc của máy chủ, ví dụ https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="64"/>
        <source>The city id the server expects.</source>
        <translation>Mã thành phố mà máy chủ yêu cầu.</translation>
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
        <translation>Phiên bản GeoReport của máy chủ: v1 (mặc định) hoặc v2; một khu vực quản lý đã thiết lập có sẵn phiên bản riêng.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="68"/>
        <source>VERSION</source>
        <translation>PHIÊN_BẢN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="70"/>
        <source>GeoReport v2: the jurisdiction_id, where the server serves several cities.</source>
        <translation>GeoReport v2: jurisdiction_id, khi máy chủ phục vụ nhiều thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="73"/>
        <source>GeoReport v2: ask for json (the default) or xml; invalid JSON is asked for again in XML.</source>
        <translation>GeoReport v2: yêu cầu json (mặc định) hoặc xml; nếu JSON không hợp lệ thì yêu cầu lại bằng XML.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="75"/>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="77"/>
        <source>GeoReport v2: ask for service names and questions in this language (the server&apos;s locale parameter); a profile that lists its server&apos;s languages picks the interface language&apos;s.</source>
        <translation>GeoReport v2: yêu cầu tên dịch vụ và câu hỏi bằng ngôn ngữ này (tham số locale của máy chủ); hồ sơ có ghi các ngôn ngữ của máy chủ sẽ chọn ngôn ngữ của giao diện.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="80"/>
        <source>TAG</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="81"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Số giây chờ câu trả lời (mặc định 30).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="82"/>
        <source>SECONDS</source>
        <translation>GIÂY</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="84"/>
        <source>Allow a plain http:// endpoint that is not on this machine.</source>
        <translation>Cho phép một điểm kết nối http:// không mã hóa không nằm trên máy này.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="85"/>
        <source>Print JSON for scripts.</source>
        <translation>In JSON cho các script.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>Read the API key from this file.</source>
        <translation>Đọc khóa API từ tệp này.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="86"/>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="114"/>
        <source>Name a command: %1.</source>
        <translation>Vui lòng chọn một lệnh: %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="118"/>
        <source>Options: open311 --help</source>
        <translation>Tùy chọn: open311 --help</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="124"/>
        <source>Unknown command “%1”. Use %2.</source>
        <translation>Lệnh không xác định “%1”. Vui lòng dùng %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineTool.cpp" line="133"/>
        <source>Give --profile or --endpoint, not both.</source>
        <translation>Vui lòng dùng --profile hoặc --endpoint, không dùng cả hai.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandLineWording</name>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="16"/>
        <source>Give the service with --service-code CODE (see: open311 services).</source>
        <translation>Vui lòng chọn dịch vụ bằng --service-code MÃ (xem: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="19"/>
        <source>Give a location: --lat and --lon, or --address.</source>
        <translation>Vui lòng nhập vị trí: --lat và --lon, hoặc --address.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="24"/>
        <source>Give both --lat and --lon, or neither.</source>
        <translation>Vui lòng nhập cả --lat và --lon, hoặc không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="26"/>
        <source>--lat must be between -90 and 90 degrees.</source>
        <translation>--lat phải nằm trong khoảng từ -90 đến 90 độ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="28"/>
        <source>--lon must be between -180 and 180 degrees.</source>
        <translation>--lon phải nằm trong khoảng từ -180 đến 180 độ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="35"/>
        <source>The --description-file has %1 characters; the city accepts at most %2.</source>
        <translation>--description-file có %1 ký tự; thành phố chỉ nhận tối đa %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="37"/>
        <source>The --description has %1 characters; the city accepts at most %2.</source>
        <translation>--description có %1 ký tự; thành phố chỉ nhận tối đa %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="42"/>
        <source>--email does not look like an email address (name@example.org).</source>
        <translation>--email có vẻ không phải là địa chỉ email (ten@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="45"/>
        <source>--media-url takes a full web address starting with http:// or https://.</source>
        <translation>--media-url nhận một địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="63"/>
        <source>The endpoint %1 uses plain HTTP, which would send the API key unencrypted. Use https://, or give --allow-http to send it anyway.</source>
        <translation>Điểm kết nối %1 dùng HTTP không mã hóa, nên khóa API sẽ được gửi đi không mã hóa. Vui lòng dùng https://, hoặc thêm --allow-http để vẫn gửi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="69"/>
        <source>--endpoint must start with https:// (or http://, with --allow-http when the server is not this machine).</source>
        <translation>--endpoint phải bắt đầu bằng https:// (hoặc http://, kèm --allow-http khi máy chủ không phải là máy này).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="73"/>
        <source>--endpoint takes the server&apos;s full address, such as https://city.example/dev/V1/.</source>
        <translation>--endpoint nhận địa chỉ đầy đủ của máy chủ, ví dụ https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="77"/>
        <source>Give the city id with --city-id ID (or OPEN311_CITY_ID), for example --city-id sfgov.org.</source>
        <translation>Vui lòng nhập mã thành phố bằng --city-id ID (hoặc OPEN311_CITY_ID), ví dụ --city-id sfgov.org.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="86"/>
        <source>Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile.</source>
        <translation>Vui lòng chọn máy chủ bằng --endpoint URL (hoặc OPEN311_ENDPOINT), hoặc một --profile.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="91"/>
        <source>No API key was given. Set the environment variable OPEN311_API_KEY, or give --api-key-file PATH (never the key itself as an argument).</source>
        <translation>Chưa có khóa API. Vui lòng đặt biến môi trường OPEN311_API_KEY, hoặc dùng --api-key-file ĐƯỜNG_DẪN (không bao giờ nhập chính khóa dưới dạng đối số).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="97"/>
        <source>OPEN311_API_KEY is set but blank. Put the city&apos;s API key in it, or give --api-key-file PATH.</source>
        <translation>OPEN311_API_KEY đã được đặt nhưng để trống. Vui lòng điền khóa API của thành phố vào đó, hoặc dùng --api-key-file ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandLineWording.cpp" line="103"/>
        <source>The API key file %1 is empty. Write the city&apos;s API key in it, or set OPEN311_API_KEY.</source>
        <translation>Tệp khóa API %1 trống. Vui lòng ghi khóa API của thành phố vào tệp, hoặc đặt OPEN311_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandStores</name>
    <message>
        <location filename="../lib/cli/CommandStores.cpp" line="26"/>
        <source>Use --no-outbox to send without it.</source>
        <translation>Dùng --no-outbox để gửi mà không qua Hộp thư đi.</translation>
    </message>
</context>
<context>
    <name>Open311::CommandTable</name>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <source>submit, requests: the service code.</source>
        <translation>submit, requests: mã dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="33"/>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <source>submit: latitude (WGS84).</source>
        <translation>submit: vĩ độ (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="34"/>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>DEGREES</source>
        <translation>ĐỘ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="35"/>
        <source>submit: longitude (WGS84).</source>
        <translation>submit: kinh độ (WGS84).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="36"/>
        <source>submit: the address as a person would write it.</source>
        <translation>submit: địa chỉ theo cách người ta thường viết.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="37"/>
        <location filename="../lib/cli/CommandTable.cpp" line="45"/>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>submit: the reporter&apos;s email.</source>
        <translation>submit: email của người báo cáo.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="38"/>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="39"/>
        <source>submit: the device id.</source>
        <translation>submit: mã thiết bị.</translation>
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
        <translation>submit: mã tài khoản.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <source>submit: first name.</source>
        <translation>submit: tên.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="41"/>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="42"/>
        <source>submit: last name.</source>
        <translation>submit: họ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>submit: phone number.</source>
        <translation>submit: số điện thoại.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="43"/>
        <source>NUMBER</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="44"/>
        <source>submit: the description (at most 4,000 characters).</source>
        <translation>submit: phần mô tả (tối đa 4.000 ký tự).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="46"/>
        <source>submit: read the description from a file.</source>
        <translation>submit: đọc phần mô tả từ một tệp.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="47"/>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>submit: a link to a photo or page.</source>
        <translation>submit: liên kết đến một ảnh hoặc một trang.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="50"/>
        <source>submit (v2): the location as an id of the city&apos;s address database.</source>
        <translation>submit (v2): vị trí dưới dạng mã trong cơ sở dữ liệu địa chỉ của thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="52"/>
        <source>submit (v2): an answer to the service&apos;s definition; repeat it, and repeat a code for each value of a multivaluelist.</source>
        <translation>submit (v2): một câu trả lời cho định nghĩa của dịch vụ; lặp lại tùy chọn này cho mỗi câu trả lời, và lặp lại mã cho mỗi giá trị của một multivaluelist.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="54"/>
        <source>CODE=VALUE</source>
        <translation>MÃ=GIÁ_TRỊ</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="56"/>
        <source>submit (v2): a photo to upload with the report, for a city that takes uploads; repeat it for more. It is made smaller and sent without its EXIF data.</source>
        <translation>submit (v2): một ảnh tải lên cùng báo cáo, cho thành phố nhận ảnh tải lên; lặp lại để thêm ảnh. Ảnh được thu nhỏ và gửi đi không kèm dữ liệu EXIF.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="58"/>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="59"/>
        <source>submit: send directly, without the outbox.</source>
        <translation>submit: gửi trực tiếp, không qua Hộp thư đi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="61"/>
        <source>submit: send even when the place is outside the jurisdiction&apos;s service area.</source>
        <translation>submit: vẫn gửi khi địa điểm nằm ngoài khu vực phục vụ của khu vực quản lý.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="64"/>
        <source>requests: only this service.</source>
        <translation>requests: chỉ dịch vụ này.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>requests: open or closed.</source>
        <translation>requests: open (đang mở) hoặc closed (đã đóng).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="65"/>
        <source>STATUS</source>
        <translation>TÌNH_TRẠNG</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="66"/>
        <source>requests: filed on or after this date (ISO 8601).</source>
        <translation>requests: được ghi nhận vào ngày này hoặc sau đó (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="67"/>
        <location filename="../lib/cli/CommandTable.cpp" line="69"/>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="68"/>
        <source>requests: filed on or before this date (ISO 8601).</source>
        <translation>requests: được ghi nhận vào ngày này hoặc trước đó (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>requests: these ids, separated by commas.</source>
        <translation>requests: các số yêu cầu này, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="70"/>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="71"/>
        <source>requests: this page, where the server offers paging.</source>
        <translation>requests: trang này, khi máy chủ có chia trang.</translation>
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
        <translation>requests: số kết quả mỗi trang, dùng với --page.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="75"/>
        <source>requests: ask for the server&apos;s extra fields (extensions=true) and print every field the spec does not name.</source>
        <translation>requests: yêu cầu các trường bổ sung của máy chủ (extensions=true) và in mọi trường mà đặc tả không nêu tên.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="80"/>
        <source>outbox list: the reports of every endpoint, not only this one&apos;s.</source>
        <translation>outbox list: báo cáo của mọi điểm kết nối, không chỉ của điểm kết nối này.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="87"/>
        <source>the jurisdictions configured on this computer</source>
        <translation>các khu vực quản lý đã thiết lập trên máy tính này</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="90"/>
        <source>list the city&apos;s services</source>
        <translation>liệt kê các dịch vụ của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="94"/>
        <source>the endpoints a city&apos;s discovery document lists (v2)</source>
        <translation>các điểm kết nối có trong tài liệu khám phá của thành phố (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="98"/>
        <source>the attributes a service asks for (v2)</source>
        <translation>các thuộc tính mà một dịch vụ yêu cầu (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="102"/>
        <source>file a new report at --lat/--lon or --address</source>
        <translation>gửi một báo cáo mới tại --lat/--lon hoặc --address</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="105"/>
        <source>show the status of reports</source>
        <translation>xem tình trạng của các báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="112"/>
        <source>list the city&apos;s requests (v2; 90 days or 1,000 by default)</source>
        <translation>liệt kê các yêu cầu của thành phố (v2; mặc định 90 ngày hoặc 1.000 yêu cầu)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="117"/>
        <source>the request id a batch service&apos;s token became (v2)</source>
        <translation>số yêu cầu mà token của một dịch vụ xử lý theo lô đã trở thành (v2)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="122"/>
        <source>reports not yet sent, and why (this endpoint&apos;s, or --all)</source>
        <translation>các báo cáo chưa được gửi và lý do (của điểm kết nối này, hoặc --all)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="124"/>
        <source>send what waits in the outbox for this endpoint</source>
        <translation>gửi những gì đang chờ trong Hộp thư đi cho điểm kết nối này</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="126"/>
        <source>send a report again (after checking it did not arrive)</source>
        <translation>gửi lại một báo cáo (sau khi đã kiểm tra là báo cáo chưa đến nơi)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="128"/>
        <source>remove a report from the outbox</source>
        <translation>xóa một báo cáo khỏi Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="134"/>
        <source>follow requests (sent reports are followed by themselves)</source>
        <translation>theo dõi yêu cầu (báo cáo đã gửi được tự động theo dõi)</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="136"/>
        <source>the followed requests and their last known status</source>
        <translation>các yêu cầu đang theo dõi và tình trạng mới nhất đã biết</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="138"/>
        <source>check every followed request that is not closed, once</source>
        <translation>kiểm tra một lần mỗi yêu cầu đang theo dõi chưa được đóng</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="171"/>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="250"/>
        <source>The option --%1 belongs to the %2 command.</source>
        <translation>Tùy chọn --%1 thuộc về lệnh %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/CommandTable.cpp" line="253"/>
        <source>The option --%1 belongs to %2.</source>
        <translation>Tùy chọn --%1 thuộc về %2.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionCache</name>
    <message>
        <location filename="../lib/session/DefinitionCache.cpp" line="115"/>
        <source>There is no jurisdiction to ask for its questions.</source>
        <translation>Không có khu vực quản lý nào để hỏi các câu hỏi của dịch vụ.</translation>
    </message>
</context>
<context>
    <name>Open311::DefinitionPresenter</name>
    <message>
        <location filename="../lib/gui/report/DefinitionPresenter.cpp" line="17"/>
        <source>The city&apos;s questions about this service could not be loaded: %1 The report can still go; the city will say if it needs more.</source>
        <translation>Không thể tải các câu hỏi của thành phố về dịch vụ này: %1 Báo cáo vẫn có thể gửi đi; thành phố sẽ cho biết nếu cần thêm thông tin.</translation>
    </message>
</context>
<context>
    <name>Open311::DiscoveryCommand</name>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="25"/>
        <source>discover takes one URL: a discovery document, or the folder that holds discovery.json.</source>
        <translation>discover nhận một URL: một tài liệu khám phá, hoặc thư mục chứa discovery.json.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="64"/>
        <source>* the endpoint to use: production GeoReport v2.</source>
        <translation>* điểm kết nối cần dùng: GeoReport v2 chính thức.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="66"/>
        <source>This document lists no GeoReport v2 endpoint.</source>
        <translation>Tài liệu này không có điểm kết nối GeoReport v2 nào.</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="68"/>
        <source>Contact: %1</source>
        <translation>Liên hệ: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/DiscoveryCommand.cpp" line="70"/>
        <source>API keys: %1</source>
        <translation>Khóa API: %1</translation>
    </message>
</context>
<context>
    <name>Open311::DraftStore</name>
    <message>
        <location filename="../lib/store/DraftStore.cpp" line="50"/>
        <location filename="../lib/store/DraftStore.cpp" line="53"/>
        <source>The drafts</source>
        <translation>Bản nháp</translation>
    </message>
</context>
<context>
    <name>Open311::Endpoint</name>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="44"/>
        <source>The endpoint is not a valid URL. Give the full address, such as https://city.example/dev/V1/.</source>
        <translation>Điểm kết nối không phải là URL hợp lệ. Vui lòng nhập địa chỉ đầy đủ, ví dụ https://city.example/dev/V1/.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="50"/>
        <source>The endpoint must start with https:// (or http:// where plain HTTP is allowed).</source>
        <translation>Điểm kết nối phải bắt đầu bằng https:// (hoặc http:// nếu cho phép HTTP không mã hóa).</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="55"/>
        <source>The endpoint uses plain HTTP, which would send the API key unencrypted. Use https://, or allow plain HTTP explicitly.</source>
        <translation>Điểm kết nối dùng HTTP không mã hóa, nên khóa API sẽ được gửi đi không mã hóa. Vui lòng dùng https://, hoặc cho phép rõ ràng HTTP không mã hóa.</translation>
    </message>
    <message>
        <location filename="../lib/core/Endpoint.cpp" line="60"/>
        <source>The city id is empty. GeoReport v1 servers need it (for example sfgov.org).</source>
        <translation>Mã thành phố đang trống. Máy chủ GeoReport v1 cần mã này (ví dụ sfgov.org).</translation>
    </message>
</context>
<context>
    <name>Open311::Error</name>
    <message>
        <location filename="../lib/core/Error.cpp" line="15"/>
        <source>No API key was sent.</source>
        <translation>Chưa gửi khóa API.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="19"/>
        <source>The server does not accept this API key.</source>
        <translation>Máy chủ không chấp nhận khóa API này.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="21"/>
        <source>The server could not produce its list of services.</source>
        <translation>Máy chủ không thể tạo danh sách dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="23"/>
        <source>No service was chosen.</source>
        <translation>Chưa chọn dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="25"/>
        <source>The server does not offer the chosen service.</source>
        <translation>Máy chủ không cung cấp dịch vụ đã chọn.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="27"/>
        <source>The server could not file the report; nothing was created.</source>
        <translation>Máy chủ không thể ghi nhận báo cáo; chưa có gì được tạo.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="29"/>
        <source>The server does not know this request id, or it was filed with another API key.</source>
        <translation>Máy chủ không biết số yêu cầu này, hoặc yêu cầu được tạo bằng một khóa API khác.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="33"/>
        <source>The server refused the request as incomplete or invalid.</source>
        <translation>Máy chủ đã từ chối yêu cầu vì chưa đầy đủ hoặc không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="35"/>
        <source>The server does not accept this API key, or none was sent.</source>
        <translation>Máy chủ không chấp nhận khóa API này, hoặc chưa có khóa nào được gửi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="37"/>
        <source>The server does not know what was asked for.</source>
        <translation>Máy chủ không hiểu nội dung được hỏi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="39"/>
        <source>The server reported an error.</source>
        <translation>Máy chủ báo một lỗi.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="99"/>
        <source>The server address is wrong or the service is not running (HTTP 404). Check the endpoint URL.</source>
        <translation>Địa chỉ máy chủ không đúng hoặc dịch vụ không chạy (HTTP 404). Vui lòng kiểm tra URL của điểm kết nối.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="102"/>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Máy chủ gặp sự cố nội bộ (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="104"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Máy chủ trả lời với mã trạng thái HTTP %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="121"/>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp thời.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="129"/>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Không thể hiểu câu trả lời của máy chủ.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="138"/>
        <source>The report may or may not have reached the city: %1 It was not sent again, so that it cannot be filed twice.</source>
        <translation>Báo cáo có thể đã hoặc chưa đến được thành phố: %1 Báo cáo không được gửi lại, để không bị ghi nhận hai lần.</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="149"/>
        <source>Error %1: %2</source>
        <translation>Lỗi %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="151"/>
        <source>The server said: “%1”</source>
        <translation>Máy chủ cho biết: “%1”</translation>
    </message>
    <message>
        <location filename="../lib/core/Error.cpp" line="156"/>
        <source>It began with: “%1”</source>
        <translation>Phần đầu câu trả lời: “%1”</translation>
    </message>
</context>
<context>
    <name>Open311::FeedLoader</name>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="76"/>
        <location filename="../lib/map/FeedLoader.cpp" line="91"/>
        <source>The feed %1 is larger than 64 MB and was not read.</source>
        <translation>Nguồn dữ liệu %1 lớn hơn 64 MB nên không được đọc.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedLoader.cpp" line="77"/>
        <source>The feed %1 could not be fetched (%2).</source>
        <translation>Không thể tải nguồn dữ liệu %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::FeedParser</name>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="110"/>
        <source>The feed is larger than 64 MB and was not read.</source>
        <translation>Nguồn dữ liệu lớn hơn 64 MB nên không được đọc.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="121"/>
        <source>The feed is neither KML, GeoJSON nor CSV.</source>
        <translation>Nguồn dữ liệu không phải là KML, GeoJSON hay CSV.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="137"/>
        <source>The feed declares a document type (DTD); it was refused for safety.</source>
        <translation>Nguồn dữ liệu khai báo một loại tài liệu (DTD); đã bị từ chối để đảm bảo an toàn.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="181"/>
        <source>The KML feed is not well-formed: %1 (line %2).</source>
        <translation>Nguồn dữ liệu KML không đúng cấu trúc: %1 (dòng %2).</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="193"/>
        <source>The GeoJSON feed is not valid JSON: %1.</source>
        <translation>Nguồn dữ liệu GeoJSON không phải là JSON hợp lệ: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/FeedParser.cpp" line="242"/>
        <source>The CSV feed has no latitude and longitude columns.</source>
        <translation>Nguồn dữ liệu CSV không có cột vĩ độ và kinh độ.</translation>
    </message>
</context>
<context>
    <name>Open311::Geocoder</name>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="101"/>
        <source>The address search service uses plain HTTP, which would send the address unencrypted. Use an https:// address, or allow plain HTTP for this jurisdiction in Settings.</source>
        <translation>Dịch vụ tìm địa chỉ dùng HTTP không mã hóa, nên địa chỉ sẽ được gửi đi không mã hóa. Vui lòng dùng địa chỉ https://, hoặc cho phép HTTP không mã hóa cho khu vực quản lý này trong Cài đặt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/map/Geocoder.cpp" line="113"/>
        <source>The address search service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Dịch vụ tìm địa chỉ đang bận. Vui lòng thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="145"/>
        <source>Type an address to search for.</source>
        <translation>Vui lòng nhập địa chỉ cần tìm.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="248"/>
        <source>The address search service could not be reached.</source>
        <translation>Không thể kết nối với dịch vụ tìm địa chỉ.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="122"/>
        <source>The address search service sent an answer that is not JSON.</source>
        <translation>Dịch vụ tìm địa chỉ gửi một câu trả lời không phải là JSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/Geocoder.cpp" line="129"/>
        <source>The address search service said: %1</source>
        <translation>Dịch vụ tìm địa chỉ cho biết: %1</translation>
    </message>
</context>
<context>
    <name>Open311::KeyVault</name>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="38"/>
        <source>This computer has no keychain (Secret Service or KWallet), so the API key cannot be stored safely. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Máy tính này không có chuỗi khóa (Secret Service hoặc KWallet), nên không thể lưu khóa API một cách an toàn. Vui lòng nhờ quản trị viên cài đặt một tệp khóa, hoặc đặt %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="45"/>
        <source>The keychain refused access to the API key. Unlock it and try again.</source>
        <translation>Chuỗi khóa đã từ chối truy cập khóa API. Vui lòng mở khóa chuỗi khóa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="48"/>
        <source>The keychain could not be used. Ask your administrator to provision a key file, or set %1.</source>
        <translation>Không thể dùng chuỗi khóa. Vui lòng nhờ quản trị viên cài đặt một tệp khóa, hoặc đặt %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="88"/>
        <source>The key file %1 does not exist.</source>
        <translation>Tệp khóa %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="91"/>
        <source>The key file %1 is not owned by root, so it was not used.</source>
        <translation>Tệp khóa %1 không thuộc sở hữu của root, nên không được dùng.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="94"/>
        <source>The key file %1 can be read or changed by every user, so it was not used. Make it readable by its owner and group only (chmod 640).</source>
        <translation>Mọi người dùng đều có thể đọc hoặc thay đổi tệp khóa %1, nên tệp không được dùng. Vui lòng chỉ cho chủ sở hữu và nhóm của tệp được đọc (chmod 640).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="100"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp khóa %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="103"/>
        <source>The key file %1 is empty.</source>
        <translation>Tệp khóa %1 trống.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="117"/>
        <source>The key file %1 is damaged: its first line is longer than any API key. Write the city&apos;s key in it again, on a line of its own.</source>
        <translation>Tệp khóa %1 bị hỏng: dòng đầu tiên dài hơn mọi khóa API. Hãy ghi lại khóa của thành phố vào tệp, trên một dòng riêng.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/KeyVault.cpp" line="126"/>
        <source>The key file %1 is damaged: its first line holds characters that no API key has. Write the city&apos;s key in it again.</source>
        <translation>Tệp khóa %1 bị hỏng: dòng đầu tiên có những ký tự mà không khóa API nào có. Hãy ghi lại khóa của thành phố vào tệp.</translation>
    </message>
</context>
<context>
    <name>Open311::KioskController</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="69"/>
        <source>Are you still there?</source>
        <translation>Quý vị vẫn còn đó chứ?</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="70"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="71"/>
        <source>I&apos;m still here</source>
        <translation>Tôi vẫn ở đây</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="74"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="75"/>
        <source>Administrator PIN:</source>
        <translation>Mã PIN quản trị viên:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="80"/>
        <source>Administrator PIN</source>
        <translation>Mã PIN quản trị viên</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="83"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="84"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="85"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="117"/>
        <source>Request %1 (%2): %3 %4</source>
        <translation>Yêu cầu %1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="139"/>
        <source>No administrator PIN is configured; this kiosk cannot be left.</source>
        <translation>Chưa thiết lập mã PIN quản trị viên; không thể thoát khỏi ki-ốt này.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="140"/>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="232"/>
        <location filename="../lib/gui/kiosk/KioskController.cpp" line="247"/>
        <source>Are you still there? This report will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Quý vị vẫn còn đó chứ? Báo cáo này sẽ bị xóa sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Open311::KioskStartScreen</name>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="21"/>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="96"/>
        <source>Report a problem</source>
        <translation>Báo cáo sự cố</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="22"/>
        <source>Welcome. Tell the city about a pothole, graffiti, a broken street light or another problem that is not an emergency.</source>
        <translation>Chào mừng quý vị. Hãy báo cho thành phố về ổ gà, hình vẽ bậy, đèn đường bị hỏng hoặc sự cố khác không khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="25"/>
        <source>For emergencies, call your local emergency number.</source>
        <translation>Trường hợp khẩn cấp, vui lòng gọi số khẩn cấp tại địa phương.</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="76"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="106"/>
        <source>Already reported? Enter your request id:</source>
        <translation>Đã báo cáo rồi? Nhập số yêu cầu của quý vị:</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="108"/>
        <source>Request id to look up</source>
        <translation>Số yêu cầu cần tra cứu</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="112"/>
        <source>Check the status of this request</source>
        <translation>Kiểm tra tình trạng của yêu cầu này</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="115"/>
        <source>Status of the request</source>
        <translation>Tình trạng của yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/kiosk/KioskStartScreen.cpp" line="158"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
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
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="78"/>
        <source>&amp;Undo clear</source>
        <translation>H&amp;oàn tác xóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="86"/>
        <source>Open311 Reporter</source>
        <translation>Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="91"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="92"/>
        <source>Views</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="107"/>
        <location filename="../lib/gui/window/MainWindow.cpp" line="113"/>
        <source>Jurisdiction</source>
        <translation>Khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="108"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="112"/>
        <source>Undo clearing the form</source>
        <translation>Hoàn tác việc xóa biểu mẫu</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="114"/>
        <source>The city the reports go to</source>
        <translation>Thành phố nhận các báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="117"/>
        <source>City:</source>
        <translation>Thành phố:</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="127"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
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
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="164"/>
        <source>&amp;New report</source>
        <translation>&amp;Báo cáo mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh services</source>
        <translation>Tải &amp;lại dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="182"/>
        <source>&amp;About Open311 Reporter</source>
        <translation>&amp;Giới thiệu Open311 Reporter</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="202"/>
        <source>The list of services could not be loaded: %1 Press F5 to try again.</source>
        <translation>Không thể tải danh sách dịch vụ: %1 Nhấn F5 để thử lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="296"/>
        <source>Reports cannot be sent: %1</source>
        <translation>Không thể gửi báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="300"/>
        <source>Outbox not available</source>
        <translation>Hộp thư đi không dùng được</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="301"/>
        <source>%1

No report can be sent until the outbox works again; what is typed in the form stays there.</source>
        <translation>%1

Không thể gửi báo cáo nào cho đến khi Hộp thư đi hoạt động lại; những gì đã nhập trong biểu mẫu vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="304"/>
        <source>&amp;Outbox</source>
        <translation>Hộ&amp;p thư đi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="305"/>
        <source>A new outbox was started. The damaged file was kept as %1.</source>
        <translation>Đã tạo một Hộp thư đi mới. Tệp bị hỏng được giữ lại thành %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="321"/>
        <source>Tracker not available</source>
        <translation>Mục Theo dõi không dùng được</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="322"/>
        <source>The Tracker is not available: %1</source>
        <translation>Mục Theo dõi không dùng được: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Tracker</source>
        <translation>&amp;Theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="324"/>
        <source>A new Tracker was started. The damaged file was kept as %1.</source>
        <translation>Đã tạo mục Theo dõi mới. Tệp bị hỏng được giữ lại thành %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="378"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (ngừng hỗ trợ)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="453"/>
        <source>Request %1 is already with the city; there is no need to report it again.</source>
        <translation>Thành phố đã có yêu cầu %1; không cần báo cáo lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/MainWindow.cpp" line="458"/>
        <source>Request %1 is now followed in the Tracker; no new report was filed.</source>
        <translation>Yêu cầu %1 hiện đang được theo dõi trong mục Theo dõi; không có báo cáo mới nào được gửi.</translation>
    </message>
</context>
<context>
    <name>Open311::MapWidget</name>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="33"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="60"/>
        <source>Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the centre. Click or drag to place the pin.</source>
        <translation>Phím mũi tên di chuyển bản đồ, phím cộng và trừ phóng to thu nhỏ, Enter hoặc phím cách đặt ghim vào giữa. Nhấp hoặc kéo để đặt ghim.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="297"/>
        <source>Tiles from %1 over HTTP/2</source>
        <translation>Ô bản đồ từ %1 qua HTTP/2</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="300"/>
        <source>Tiles from %1 over HTTP/1.1</source>
        <translation>Ô bản đồ từ %1 qua HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="304"/>
        <source>Tiles from %1</source>
        <translation>Ô bản đồ từ %1</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="505"/>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="520"/>
        <source>The map could not be loaded.</source>
        <translation>Không thể tải bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/MapWidget.cpp" line="506"/>
        <source>The map could not be loaded. The address, or the latitude and longitude, can still say where the problem is.</source>
        <translation>Không thể tải bản đồ. Địa chỉ, hoặc vĩ độ và kinh độ, vẫn có thể cho biết sự cố ở đâu.</translation>
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
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="15"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="17"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../lib/mapwidget/ZoomButtons.cpp" line="18"/>
        <source>Zoom out (−)</source>
        <translation>Thu nhỏ (−)</translation>
    </message>
</context>
<context>
    <name>Open311::MultipartForm</name>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="138"/>
        <source>The body is not multipart/form-data.</source>
        <translation>Phần thân không phải là multipart/form-data.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="143"/>
        <source>The parameters of the multipart Content-Type cannot be read.</source>
        <translation>Không thể đọc các tham số của Content-Type multipart.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="148"/>
        <source>The multipart Content-Type has no boundary.</source>
        <translation>Content-Type multipart không có ranh giới (boundary).</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="156"/>
        <source>The multipart boundary must be 1 to 70 letters, digits or &apos;()+_,-./:=? characters, not ending in a space.</source>
        <translation>Ranh giới multipart phải gồm từ 1 đến 70 chữ cái, chữ số hoặc ký tự &apos;()+_,-./:=? và không được kết thúc bằng dấu cách.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="199"/>
        <source>The multipart body never reaches its boundary.</source>
        <translation>Phần thân multipart không bao giờ đến được ranh giới của nó.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="208"/>
        <source>The multipart body has no parts.</source>
        <translation>Phần thân multipart không có phần nào.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="214"/>
        <source>Boundary line %1 of the multipart body is malformed.</source>
        <translation>Dòng ranh giới %1 của phần thân multipart bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="219"/>
        <source>The multipart body has more than %1 parts.</source>
        <translation>Phần thân multipart có hơn %1 phần.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="226"/>
        <source>Part %1 of the multipart body has no Content-Disposition.</source>
        <translation>Phần %1 của phần thân multipart không có Content-Disposition.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="232"/>
        <source>The header fields of part %1 are longer than 8 KiB.</source>
        <translation>Các trường tiêu đề của phần %1 dài hơn 8 KiB.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="233"/>
        <source>The multipart body ends inside the header fields of part %1.</source>
        <translation>Phần thân multipart kết thúc giữa các trường tiêu đề của phần %1.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="240"/>
        <source>Part %1 of the multipart body: %2</source>
        <translation>Phần %1 của phần thân multipart: %2</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="246"/>
        <source>The multipart body ends without its closing boundary.</source>
        <translation>Phần thân multipart kết thúc mà không có ranh giới đóng.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="267"/>
        <source>a header line holds a bare CR, LF or NUL.</source>
        <translation>một dòng tiêu đề chứa ký tự CR, LF hoặc NUL đơn lẻ.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="269"/>
        <source>folded header lines are not accepted.</source>
        <translation>không chấp nhận dòng tiêu đề bị gập.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="275"/>
        <source>a header line is not a name, a colon and a value.</source>
        <translation>một dòng tiêu đề không gồm tên, dấu hai chấm và giá trị.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="280"/>
        <source>Content-Disposition is given twice.</source>
        <translation>Content-Disposition xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="286"/>
        <source>Content-Disposition must be form-data with its parameters.</source>
        <translation>Content-Disposition phải là form-data kèm các tham số.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="289"/>
        <source>Content-Disposition names no field.</source>
        <translation>Content-Disposition không nêu tên trường nào.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="298"/>
        <source>Content-Type is given twice.</source>
        <translation>Content-Type xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="304"/>
        <source>Content-Transfer-Encoding %1 is not supported; send the bytes as they are.</source>
        <translation>Không hỗ trợ Content-Transfer-Encoding %1; vui lòng gửi các byte nguyên dạng.</translation>
    </message>
    <message>
        <location filename="../lib/http/MultipartForm.cpp" line="310"/>
        <source>it has no Content-Disposition.</source>
        <translation>phần này không có Content-Disposition.</translation>
    </message>
</context>
<context>
    <name>Open311::NewRequest</name>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="15"/>
        <source>Choose a service.</source>
        <translation>Vui lòng chọn một dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="19"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Vui lòng nhập cả vĩ độ và kinh độ, hoặc không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="24"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>Vĩ độ phải nằm trong khoảng từ -90 đến 90 độ.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="27"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>Kinh độ phải nằm trong khoảng từ -180 đến 180 độ.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="31"/>
        <source>Give a location: place the pin on the map or type an address.</source>
        <translation>Vui lòng cho biết vị trí: đặt ghim trên bản đồ hoặc nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="38"/>
        <source>The description has %1 characters; the city accepts at most %2.</source>
        <translation>Phần mô tả có %1 ký tự; thành phố chỉ nhận tối đa %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="43"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>Địa chỉ email có vẻ không đúng (ten@example.org).</translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="50"/>
        <source>The media link must be a full web address starting with http:// or https://.</source>
        <translation>Liên kết phải là một địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/core/NewRequest.cpp" line="56"/>
        <source>At most %n photos can go with a report.</source>
        <translation>
            <numerusform>Mỗi báo cáo chỉ được kèm tối đa %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/core/NewRequest.cpp" line="60"/>
        <source>The photo %1 is empty or larger than %2 MB.</source>
        <translation>Ảnh %1 trống hoặc lớn hơn %2 MB.</translation>
    </message>
</context>
<context>
    <name>Open311::Outbox</name>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="189"/>
        <location filename="../lib/store/Outbox.cpp" line="191"/>
        <source>The outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../lib/store/Outbox.cpp" line="492"/>
        <source>The app stopped while this report was being sent; it may or may not have reached the city.</source>
        <translation>Ứng dụng đã dừng trong khi đang gửi báo cáo này; báo cáo có thể đã hoặc chưa đến được thành phố.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxCommands</name>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="43"/>
        <source>Use %1.</source>
        <translation>Vui lòng dùng %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="51"/>
        <source>outbox %1 takes the number of one report (see: open311 outbox list).</source>
        <translation>outbox %1 nhận số của một báo cáo (xem: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="55"/>
        <source>outbox %1 takes no arguments.</source>
        <translation>outbox %1 không nhận đối số.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="108"/>
        <source>There is no report %1 in the outbox that can be discarded.</source>
        <translation>Không có báo cáo %1 nào trong Hộp thư đi có thể loại bỏ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="111"/>
        <source>Report %1 was removed from the outbox.</source>
        <translation>Đã xóa báo cáo %1 khỏi Hộp thư đi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="128"/>
        <source>Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then `open311 outbox resend ID`, or `open311 outbox discard ID`.</source>
        <translation>Bị thành phố từ chối: %1. Vui lòng sửa lỗi (nếu sai khóa, hãy đặt %2), rồi dùng `open311 outbox resend ID`, hoặc `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="134"/>
        <source>Perhaps received by the city: %1. If the city does not have it, `open311 outbox resend ID`; if it does, `open311 outbox discard ID`.</source>
        <translation>Có thể thành phố đã nhận: %1. Nếu thành phố chưa có, dùng `open311 outbox resend ID`; nếu đã có, dùng `open311 outbox discard ID`.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="140"/>
        <source>%1 more wait for other endpoints (see: open311 outbox list --all).</source>
        <translation>%1 báo cáo khác đang chờ cho các điểm kết nối khác (xem: open311 outbox list --all).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="156"/>
        <source>There is no report %1 in the outbox (see: open311 outbox list).</source>
        <translation>Không có báo cáo %1 nào trong Hộp thư đi (xem: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="160"/>
        <source>Report %1 was sent already; the city&apos;s request id is %2.</source>
        <translation>Báo cáo %1 đã được gửi; số yêu cầu của thành phố là %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="172"/>
        <source>Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city id and key) to resend it.</source>
        <translation>Báo cáo %1 đang chờ cho một điểm kết nối khác, %2. Vui lòng dùng --endpoint %2 (kèm mã thành phố và khóa của điểm kết nối đó) để gửi lại.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="179"/>
        <source>Report %1 was written for GeoReport %2. Give --protocol %2 to resend it.</source>
        <translation>Báo cáo %1 được viết cho GeoReport %2. Vui lòng dùng --protocol %2 để gửi lại.</translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="215"/>
        <source>Report %1 (%2): %3</source>
        <translation>Báo cáo %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/OutboxCommands.cpp" line="238"/>
        <source>%n report(s) sent; %1 still in the outbox.</source>
        <translation>
            <numerusform>Đã gửi %n báo cáo; còn %1 báo cáo trong Hộp thư đi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/cli/OutboxCommands.cpp" line="249"/>
        <location filename="../lib/cli/OutboxCommands.cpp" line="253"/>
        <source>Report %1 is being sent by another process.</source>
        <translation>Báo cáo %1 đang được một tiến trình khác gửi.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxModel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="41"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="43"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="45"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="47"/>
        <source>Will retry</source>
        <translation>Sẽ thử lại</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="49"/>
        <source>Refused by the city</source>
        <translation>Bị thành phố từ chối</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="51"/>
        <source>Outcome unknown — check before resending</source>
        <translation>Không rõ kết quả — vui lòng kiểm tra trước khi gửi lại</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="77"/>
        <source>Will retry at %1</source>
        <translation>Sẽ thử lại lúc %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="94"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="96"/>
        <source>Written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="98"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="100"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxModel.cpp" line="102"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxPanel</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="21"/>
        <source>Send &amp;waiting reports now</source>
        <translation>Gửi &amp;ngay báo cáo đang chờ</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="22"/>
        <source>Re&amp;send</source>
        <translation>&amp;Gửi lại</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="24"/>
        <source>Record &amp;id</source>
        <translation>Ghi &amp;số</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="25"/>
        <source>&amp;Discard</source>
        <translation>&amp;Loại bỏ</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="37"/>
        <source>Reports not yet sent</source>
        <translation>Báo cáo chưa được gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="39"/>
        <source>About the outbox</source>
        <translation>Về Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="40"/>
        <source>Send waiting reports now</source>
        <translation>Gửi ngay báo cáo đang chờ</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="41"/>
        <source>Resend the selected report</source>
        <translation>Gửi lại báo cáo đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="42"/>
        <source>Id given by the city</source>
        <translation>Số do thành phố cấp</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="43"/>
        <source>Request id given by the city</source>
        <translation>Số yêu cầu do thành phố cấp</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="46"/>
        <source>Id from the cit&amp;y</source>
        <translation>Số từ t&amp;hành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="48"/>
        <source>Record the id for the selected report</source>
        <translation>Ghi số cho báo cáo đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="49"/>
        <source>Discard the selected report</source>
        <translation>Loại bỏ báo cáo đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="98"/>
        <source>A report whose outcome is unknown may have reached the city. Check with the city before resending it, or record the id they gave.</source>
        <translation>Báo cáo không rõ kết quả có thể đã đến được thành phố. Vui lòng hỏi thành phố trước khi gửi lại, hoặc ghi lại số mà thành phố đã cấp.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="101"/>
        <source>Reports wait here while the city cannot be reached, and go out by themselves once it can.</source>
        <translation>Báo cáo chờ ở đây khi chưa kết nối được với thành phố, và sẽ tự động được gửi đi khi kết nối được.</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxPanel.cpp" line="104"/>
        <source>Nothing is waiting. A report waits here while the city cannot be reached, and goes out by itself once it can.</source>
        <translation>Không có gì đang chờ. Báo cáo sẽ chờ ở đây khi chưa kết nối được với thành phố, và tự động được gửi đi khi kết nối được.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxSender</name>
    <message>
        <location filename="../lib/store/OutboxSender.cpp" line="61"/>
        <source>The report could not be read back from the outbox.</source>
        <translation>Không thể đọc lại báo cáo từ Hộp thư đi.</translation>
    </message>
</context>
<context>
    <name>Open311::OutboxTab</name>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="32"/>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox</source>
        <translation>Hộ&amp;p thư đi</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="64"/>
        <source>Outbox not available</source>
        <translation>Hộp thư đi không dùng được</translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="65"/>
        <source>Outbox empty</source>
        <translation>Hộp thư đi trống</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="66"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Hộp thư đi: %n đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/outbox/OutboxTab.cpp" line="69"/>
        <source>&amp;Outbox (%1)</source>
        <translation>Hộ&amp;p thư đi (%1)</translation>
    </message>
</context>
<context>
    <name>Open311::PhotoPreparer</name>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="128"/>
        <source>%1 is %2, larger than the %3 a photo may have.</source>
        <translation>%1 có dung lượng %2, lớn hơn mức %3 cho phép đối với một ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="148"/>
        <location filename="../lib/session/PhotoPreparer.cpp" line="167"/>
        <source>%1 is not a photo this app can read (%2).</source>
        <translation>%1 không phải là ảnh mà ứng dụng này đọc được (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="150"/>
        <source>%1 is cut off before its end; it may not have been copied completely.</source>
        <translation>%1 bị cắt trước khi kết thúc; có thể tệp chưa được sao chép đầy đủ.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="156"/>
        <source>%1 has %2 million pixels; a photo may have at most %3 million.</source>
        <translation>%1 có %2 triệu điểm ảnh; một ảnh chỉ được có tối đa %3 triệu.</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="189"/>
        <source>%1 could not be made ready to send (%2).</source>
        <translation>Không thể chuẩn bị %1 để gửi (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="207"/>
        <source>%1 could not be opened (%2).</source>
        <translation>Không thể mở %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lib/session/PhotoPreparer.cpp" line="213"/>
        <source>%1 could not be read (%2).</source>
        <translation>Không thể đọc %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Open311::PositionLocator</name>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="28"/>
        <source>The position found is not valid.</source>
        <translation>Vị trí tìm được không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="37"/>
        <source>This computer does not allow the app to know its location. Place the pin on the map or type an address.</source>
        <translation>Máy tính này không cho phép ứng dụng biết vị trí của máy. Vui lòng đặt ghim trên bản đồ hoặc nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="41"/>
        <source>Your location could not be found in time. Place the pin on the map or type an address.</source>
        <translation>Không tìm được vị trí của quý vị kịp thời. Vui lòng đặt ghim trên bản đồ hoặc nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="45"/>
        <source>Your location is not available. Place the pin on the map or type an address.</source>
        <translation>Không có thông tin vị trí của quý vị. Vui lòng đặt ghim trên bản đồ hoặc nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../lib/map/PositionLocator.cpp" line="68"/>
        <source>This computer has no location service. Place the pin on the map or type an address.</source>
        <translation>Máy tính này không có dịch vụ định vị. Vui lòng đặt ghim trên bản đồ hoặc nhập địa chỉ.</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileCommands</name>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="31"/>
        <source>training</source>
        <translation>thực hành</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="33"/>
        <source>deprecated</source>
        <translation>ngừng hỗ trợ</translation>
    </message>
    <message>
        <location filename="../lib/cli/ProfileCommands.cpp" line="35"/>
        <source>managed</source>
        <translation>được quản lý</translation>
    </message>
</context>
<context>
    <name>Open311::ProfileStore</name>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="144"/>
        <source>The settings file %1 cannot be read (%2), so the settings in it are not used.</source>
        <translation>Không đọc được tệp cài đặt %1 (%2), nên các cài đặt trong tệp không được dùng.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="147"/>
        <source>The system settings file %1, which your administrator provides, is damaged: some jurisdictions or locks in it may not be used. Ask your administrator to check it.</source>
        <translation>Tệp cài đặt hệ thống %1 do quản trị viên của bạn cung cấp bị hỏng: một số khu vực quản lý hoặc khóa cài đặt trong tệp có thể không được dùng. Hãy nhờ quản trị viên kiểm tra tệp.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="152"/>
        <source>The settings file %1 is damaged, and no copy of it could be kept: some of your settings may be missing. It is left as it is.</source>
        <translation>Tệp cài đặt %1 bị hỏng và không giữ được bản sao: có thể thiếu một số cài đặt của bạn. Tệp được để nguyên.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="158"/>
        <source>The settings file %1 was damaged, so some of your settings may be missing. What could be read is kept, and the damaged file was copied to %2.</source>
        <translation>Tệp cài đặt %1 đã bị hỏng, nên có thể thiếu một số cài đặt của bạn. Những gì đọc được vẫn được giữ, và tệp hỏng đã được sao sang %2.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="167"/>
        <source>Training city (Sandbox City)</source>
        <translation>Thành phố thực hành (Sandbox City)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="170"/>
        <source>Built in; files nothing real.</source>
        <translation>Có sẵn; không ghi nhận gì thật.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="176"/>
        <source>Training city over GeoReport v1</source>
        <translation>Thành phố thực hành qua GeoReport v1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="181"/>
        <source>San Francisco</source>
        <translation>San Francisco</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="185"/>
        <source>Deprecated since August 2013: kept for reference; reports cannot be sent.</source>
        <translation>Ngừng hỗ trợ từ tháng 8 năm 2013: chỉ giữ lại để tham khảo; không thể gửi báo cáo.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="193"/>
        <source>Miami-Dade County</source>
        <translation>Quận hạt Miami-Dade</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="198"/>
        <source>Development ready (beta). Request a key from the county first.</source>
        <translation>Sẵn sàng cho phát triển (beta). Vui lòng xin khóa từ quận hạt trước.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="376"/>
        <source>Give the map&apos;s attribution (such as © OpenStreetMap contributors): the tiles&apos; licence asks that it be shown on the map.</source>
        <translation>Vui lòng nhập phần ghi công của bản đồ (ví dụ © Những người đóng góp OpenStreetMap): giấy phép của ô bản đồ yêu cầu hiển thị phần này trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="383"/>
        <source>The city&apos;s language must be a language tag such as en or pt-BR.</source>
        <translation>Ngôn ngữ của thành phố phải là một mã ngôn ngữ, ví dụ en hoặc pt-BR.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="388"/>
        <source>Each language the server answers in must be a language tag such as es or es_US, not %1.</source>
        <translation>Mỗi ngôn ngữ mà máy chủ trả lời phải là một mã ngôn ngữ, ví dụ es hoặc es_US, không phải %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="395"/>
        <source>Each language with its own server must be a language tag such as es or zh-TW, not %1.</source>
        <translation>Mỗi ngôn ngữ có máy chủ riêng phải là một mã ngôn ngữ, ví dụ es hoặc zh-TW, không phải %1.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="405"/>
        <source>Give the jurisdiction a name.</source>
        <translation>Vui lòng đặt tên cho khu vực quản lý.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="410"/>
        <source>The jurisdiction speaks a protocol this version of Open311 Reporter does not know.</source>
        <translation>Khu vực quản lý dùng một giao thức mà phiên bản Open311 Reporter này không biết.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="418"/>
        <source>The server for %1: %2</source>
        <translation>Máy chủ cho %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="423"/>
        <source>The map tiles %1 do not exist on this computer.</source>
        <translation>Ô bản đồ %1 không có trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="431"/>
        <source>The map tile address must be a URL with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the path of an MBTiles file or a folder of tiles.</source>
        <translation>Địa chỉ ô bản đồ phải là một URL có {z}, {x} và {y}, ví dụ https://tile.openstreetmap.org/{z}/{x}/{y}.png, hoặc đường dẫn đến một tệp MBTiles hay một thư mục chứa ô bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="436"/>
        <source>The map tile address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Địa chỉ ô bản đồ dùng HTTP không mã hóa. Vui lòng dùng https://, hoặc cho phép HTTP không mã hóa cho khu vực quản lý này.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="441"/>
        <source>The address search service must be a full URL.</source>
        <translation>Dịch vụ tìm địa chỉ phải là một URL đầy đủ.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="444"/>
        <source>The address search service uses plain HTTP, which would send addresses unencrypted. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Dịch vụ tìm địa chỉ dùng HTTP không mã hóa, nên các địa chỉ sẽ được gửi đi không mã hóa. Vui lòng dùng https://, hoặc cho phép HTTP không mã hóa cho khu vực quản lý này.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="452"/>
        <source>A feed must be an http(s) address or the path of a file: %1</source>
        <translation>Nguồn dữ liệu phải là một địa chỉ http(s) hoặc đường dẫn đến một tệp: %1</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="460"/>
        <source>The service area must be an http(s) address or the path of a GeoJSON file.</source>
        <translation>Khu vực phục vụ phải là một địa chỉ http(s) hoặc đường dẫn đến một tệp GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="463"/>
        <source>The service area&apos;s address uses plain HTTP. Use https://, or allow plain HTTP for this jurisdiction.</source>
        <translation>Địa chỉ của khu vực phục vụ dùng HTTP không mã hóa. Vui lòng dùng https://, hoặc cho phép HTTP không mã hóa cho khu vực quản lý này.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="468"/>
        <source>The Tracker checks at most every 30 seconds.</source>
        <translation>Mục Theo dõi kiểm tra nhiều nhất 30 giây một lần.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="475"/>
        <source>%1 no longer accepts reports (%2).</source>
        <translation>%1 không còn nhận báo cáo (%2).</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="482"/>
        <location filename="../lib/profiles/ProfileStore.cpp" line="513"/>
        <source>Your administrator manages the jurisdictions on this computer.</source>
        <translation>Quản trị viên của quý vị quản lý các khu vực quản lý trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="489"/>
        <source>Built-in jurisdictions cannot be changed; duplicate one to adapt it.</source>
        <translation>Không thể thay đổi khu vực quản lý có sẵn; hãy tạo bản sao để điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="504"/>
        <source>The settings could not be written.</source>
        <translation>Không thể lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="519"/>
        <source>Built-in jurisdictions cannot be removed.</source>
        <translation>Không thể xóa khu vực quản lý có sẵn.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="542"/>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="607"/>
        <source>This is not a jurisdiction file exported by Open311 Reporter.</source>
        <translation>Đây không phải là tệp khu vực quản lý do Open311 Reporter xuất ra.</translation>
    </message>
    <message>
        <location filename="../lib/profiles/ProfileStore.cpp" line="614"/>
        <source>The jurisdiction file has no usable id.</source>
        <translation>Tệp khu vực quản lý không có mã dùng được.</translation>
    </message>
</context>
<context>
    <name>Open311::RemotePhoto</name>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="21"/>
        <source>The city&apos;s photo</source>
        <translation>Ảnh của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="29"/>
        <source>The city&apos;s photo is at an address this app does not open by itself.</source>
        <translation>Ảnh của thành phố nằm ở một địa chỉ mà ứng dụng này không tự mở.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="34"/>
        <source>Loading the city&apos;s photo…</source>
        <translation>Đang tải ảnh của thành phố…</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="87"/>
        <source>The city&apos;s photo is too large to show here.</source>
        <translation>Ảnh của thành phố quá lớn để hiển thị ở đây.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="91"/>
        <source>The city&apos;s photo could not be loaded: its server answered %1.</source>
        <translation>Không thể tải ảnh của thành phố: máy chủ của ảnh trả lời %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="95"/>
        <source>The city&apos;s photo could not be loaded: its server could not be reached.</source>
        <translation>Không thể tải ảnh của thành phố: không kết nối được với máy chủ của ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/RemotePhoto.cpp" line="105"/>
        <source>The city&apos;s photo is not a picture this app can show.</source>
        <translation>Ảnh của thành phố không phải là hình mà ứng dụng này hiển thị được.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportForm</name>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="91"/>
        <source>Not given</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="93"/>
        <source>Delete leaves the date and time out.</source>
        <translation>Nhấn Delete để bỏ trống ngày và giờ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="362"/>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="373"/>
        <source>%1 (required)</source>
        <translation>%1 (bắt buộc)</translation>
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
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/AttributeFields.cpp" line="478"/>
        <location filename="../lib/gui/report/FieldErrors.cpp" line="48"/>
        <source>Problem with %1</source>
        <translation>Lỗi ở %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>&amp;First name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="38"/>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>&amp;Last name</source>
        <translation>&amp;Họ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="39"/>
        <source>Last name</source>
        <translation>Họ</translation>
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
        <translation>&amp;Số điện thoại</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="43"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>A&amp;ccount id</source>
        <translation>Mã tà&amp;i khoản</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ContactFields.cpp" line="46"/>
        <source>Account id</source>
        <translation>Mã tài khoản</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="19"/>
        <source>Lat&amp;itude</source>
        <translation>&amp;Vĩ độ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="21"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="30"/>
        <source>Lon&amp;gitude</source>
        <translation>&amp;Kinh độ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="32"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="80"/>
        <source>Type the latitude in degrees, from -90 to 90, or place the pin on the map.</source>
        <translation>Nhập vĩ độ tính bằng độ, từ -90 đến 90, hoặc đặt ghim trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/CoordinateFields.cpp" line="84"/>
        <source>Type the longitude in degrees, from -180 to 180, or place the pin on the map.</source>
        <translation>Nhập kinh độ tính bằng độ, từ -180 đến 180, hoặc đặt ghim trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="27"/>
        <source>Possible duplicate</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="29"/>
        <source>Follow the existing request instead</source>
        <translation>Chuyển sang theo dõi yêu cầu đã có</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="69"/>
        <source>an unknown date</source>
        <translation>một ngày không rõ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="71"/>
        <source>%1 m from the pin</source>
        <translation>cách ghim %1 m</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="72"/>
        <source>at the same address</source>
        <translation>tại cùng địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="74"/>
        <source>This may already be reported: a report of %1 %2 is waiting in the outbox to be sent (since %3).</source>
        <translation>Có thể sự cố này đã được báo cáo: một báo cáo về %1 %2 đang chờ gửi trong Hộp thư đi (từ %3).</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="77"/>
        <source>This may already be reported: request %1 (%2, %3), %4, reported %5.</source>
        <translation>Có thể sự cố này đã được báo cáo: yêu cầu %1 (%2, %3), %4, được báo cáo vào %5.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/DuplicateHint.cpp" line="81"/>
        <source>Follow %1 instead</source>
        <translation>Chuyển sang theo dõi %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="40"/>
        <source>Street and number, then Enter to find it</source>
        <translation>Số nhà và tên đường, rồi nhấn Enter để tìm</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="41"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="44"/>
        <source>An address or a pin on the map is required. Press Enter to search for the address and move the pin.</source>
        <translation>Cần có địa chỉ hoặc một ghim trên bản đồ. Nhấn Enter để tìm địa chỉ và di chuyển ghim.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="48"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="49"/>
        <source>Find the address on the map</source>
        <translation>Tìm địa chỉ trên bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="50"/>
        <source>Use &amp;my location</source>
        <translation>Dùng vị trí &amp;của tôi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="51"/>
        <source>Use my location</source>
        <translation>Dùng vị trí của tôi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="71"/>
        <source>About the location</source>
        <translation>Về vị trí</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="106"/>
        <source>Finding your location…</source>
        <translation>Đang tìm vị trí của quý vị…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="149"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Địa điểm này nằm ngoài %1; thành phố có thể không xử lý.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="164"/>
        <source>This place is outside %1, and this kiosk sends reports only for places inside it. Move the pin into the city.</source>
        <translation>Địa điểm này nằm ngoài %1, và ki-ốt này chỉ gửi báo cáo cho các địa điểm bên trong. Vui lòng di chuyển ghim vào trong thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="266"/>
        <source>The pin is not at this address: press Enter to find it, or move the pin.</source>
        <translation>Ghim không nằm ở địa chỉ này: nhấn Enter để tìm địa chỉ, hoặc di chuyển ghim.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="271"/>
        <source>No place on the map yet: the city gets the address alone, with no map position.</source>
        <translation>Chưa có địa điểm trên bản đồ: thành phố sẽ chỉ nhận địa chỉ, không có vị trí trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="284"/>
        <source>No pin on the map yet.</source>
        <translation>Chưa có ghim trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="286"/>
        <source>The pin is at %1.</source>
        <translation>Ghim nằm ở %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="288"/>
        <source>The pin is at latitude %1, longitude %2.</source>
        <translation>Ghim nằm ở vĩ độ %1, kinh độ %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="298"/>
        <source>Looking up “%1”…</source>
        <translation>Đang tìm “%1”…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="309"/>
        <source>No place called “%1” was found, so the pin was taken off the map.</source>
        <translation>Không tìm thấy địa điểm nào tên “%1”, nên ghim đã được gỡ khỏi bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="312"/>
        <source>%1 The pin was taken off the map.</source>
        <translation>%1 Ghim đã được gỡ khỏi bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="315"/>
        <source>Place it on the map, or the city gets the address alone, with no map position.</source>
        <translation>Vui lòng đặt ghim trên bản đồ, nếu không thành phố sẽ chỉ nhận địa chỉ, không có vị trí trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="326"/>
        <source>No place called “%1” was found. Place the pin on the map instead.</source>
        <translation>Không tìm thấy địa điểm nào tên “%1”. Vui lòng đặt ghim trên bản đồ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/LocationSection.cpp" line="336"/>
        <source>%n place(s) found; choose one.</source>
        <translation>
            <numerusform>Tìm thấy %n địa điểm; vui lòng chọn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/LocationSection.cpp" line="339"/>
        <source>Places found</source>
        <translation>Địa điểm tìm thấy</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="50"/>
        <source>%1 could not be made ready to send.</source>
        <translation>Không thể chuẩn bị %1 để gửi.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="80"/>
        <source>Images (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="113"/>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="114"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="269"/>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="115"/>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="48"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="116"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="117"/>
        <source>Use the photo&apos;s location</source>
        <translation>Dùng vị trí của ảnh</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="135"/>
        <source>No photo attached.</source>
        <translation>Chưa đính kèm ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="149"/>
        <source>Photo message</source>
        <translation>Thông báo về ảnh</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="156"/>
        <source>Photos are made smaller and sent without their hidden data (EXIF): no camera position, camera model or time leaves with them.</source>
        <translation>Ảnh được thu nhỏ và gửi đi không kèm dữ liệu ẩn (EXIF): vị trí chụp, loại máy ảnh và thời gian chụp đều không được gửi kèm.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="160"/>
        <source>About photos</source>
        <translation>Về ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="249"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="342"/>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="361"/>
        <source>A report can have at most %n photos; remove one to attach another.</source>
        <translation>
            <numerusform>Mỗi báo cáo chỉ được có tối đa %n ảnh; vui lòng gỡ một ảnh để đính kèm ảnh khác.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="312"/>
        <source>%1 is not in the folder photos can be attached from.</source>
        <translation>%1 không nằm trong thư mục được phép đính kèm ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="319"/>
        <source>%1 was taken before this report was started.</source>
        <translation>%1 được chụp trước khi bắt đầu báo cáo này.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="323"/>
        <source>%1 is a folder, not a photo.</source>
        <translation>%1 là một thư mục, không phải ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="331"/>
        <source>%1 is attached already.</source>
        <translation>%1 đã được đính kèm rồi.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="359"/>
        <source>The pasted image could not be read.</source>
        <translation>Không thể đọc hình ảnh đã dán.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="366"/>
        <source>Pasted image %1</source>
        <translation>Hình ảnh đã dán %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="531"/>
        <source>The position %1 was taken at</source>
        <translation>Vị trí nơi chụp %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="540"/>
        <source>This city takes no photo uploads; put a link to your photo in the field below instead.</source>
        <translation>Thành phố này không nhận ảnh tải lên; thay vào đó, vui lòng đặt liên kết đến ảnh của quý vị vào ô bên dưới.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoAttachments.cpp" line="543"/>
        <source>The photos attached will not be sent to this city.</source>
        <translation>Các ảnh đã đính kèm sẽ không được gửi đến thành phố này.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="23"/>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="27"/>
        <source>Preparing %1</source>
        <translation>Đang chuẩn bị %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="37"/>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="38"/>
        <source>Remove photo %1</source>
        <translation>Gỡ ảnh %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="52"/>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PhotoThumbnail.cpp" line="75"/>
        <source>No preview</source>
        <translation>Không có bản xem trước</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="19"/>
        <source>The pin was not placed for “%1”: it was put there before the address was typed, or shows where this computer is. The city uses the pin to find the problem.</source>
        <translation>Ghim không được đặt cho “%1”: ghim được đặt trước khi nhập địa chỉ, hoặc đang chỉ vị trí của máy tính này. Thành phố dùng ghim để tìm đến sự cố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="23"/>
        <source>The pin was placed for “%1”, but the address now reads “%2”. The city uses the pin to find the problem.</source>
        <translation>Ghim được đặt cho “%1”, nhưng địa chỉ hiện là “%2”. Thành phố dùng ghim để tìm đến sự cố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="26"/>
        <source>Which place is meant?</source>
        <translation>Ý quý vị là địa điểm nào?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="27"/>
        <source>Send with the &amp;pin</source>
        <translation>Gửi kèm &amp;ghim</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="28"/>
        <source>The pin&apos;s place goes to the city with the address as typed.</source>
        <translation>Vị trí của ghim được gửi đến thành phố cùng với địa chỉ như đã nhập.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="30"/>
        <source>Send the &amp;address alone</source>
        <translation>&amp;Chỉ gửi địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="31"/>
        <source>The pin is taken off; the city gets no map position.</source>
        <translation>Ghim được gỡ bỏ; thành phố không nhận vị trí trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="33"/>
        <source>&amp;Back to the address</source>
        <translation>&amp;Quay lại địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="39"/>
        <source>Send it anyway?</source>
        <translation>Vẫn gửi?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="40"/>
        <source>Send it &amp;anyway</source>
        <translation>&amp;Vẫn gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="41"/>
        <source>The report goes to this city with the pin where it is.</source>
        <translation>Báo cáo được gửi đến thành phố này với ghim ở vị trí hiện tại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/PinQuestion.cpp" line="43"/>
        <source>&amp;Back to the place</source>
        <translation>&amp;Quay lại vị trí</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="30"/>
        <source>The service&apos;s questions</source>
        <translation>Câu hỏi của dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>&amp;Mô tả</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="36"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="38"/>
        <source>What is wrong, and where exactly?</source>
        <translation>Sự cố là gì, và chính xác ở đâu?</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="41"/>
        <source>Characters used</source>
        <translation>Số ký tự đã dùng</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="52"/>
        <source>Photo or page lin&amp;k</source>
        <translation>&amp;Liên kết ảnh hoặc trang</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="54"/>
        <source>Link to a photo or page</source>
        <translation>Liên kết đến một ảnh hoặc một trang</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="55"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="60"/>
        <source>Send the report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportDetails.cpp" line="64"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/report/ReportDetails.cpp" line="88"/>
        <source>The description is limited to %1 characters. Left out: %n.</source>
        <translation>
            <numerusform>Phần mô tả chỉ được tối đa %1 ký tự. Số ký tự bị bỏ: %n.</numerusform>
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
        <translation>Máy chủ thử nghiệm: báo cáo gửi tại đây không phải là thật và sẽ không được xử lý.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="56"/>
        <source>Test server</source>
        <translation>Máy chủ thử nghiệm</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="177"/>
        <source>Loading the questions the city asks about this service…</source>
        <translation>Đang tải các câu hỏi của thành phố về dịch vụ này…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="315"/>
        <source>&amp;Service</source>
        <translation>&amp;Dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="317"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="319"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="320"/>
        <source>Se&amp;nd report</source>
        <translation>&amp;Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="366"/>
        <source>A photo is still being prepared; send again in a moment.</source>
        <translation>Một ảnh vẫn đang được chuẩn bị; vui lòng gửi lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="375"/>
        <source>The city&apos;s questions about this service have not arrived yet; the report can go once they are answered.</source>
        <translation>Các câu hỏi của thành phố về dịch vụ này chưa đến; báo cáo có thể được gửi khi đã trả lời các câu hỏi.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportForm.cpp" line="417"/>
        <source>Sending the report…</source>
        <translation>Đang gửi báo cáo…</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportFormText.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="27"/>
        <source>Type to filter, e.g. pothole</source>
        <translation>Gõ để lọc, ví dụ ổ gà</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="29"/>
        <source>Filter services</source>
        <translation>Lọc dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="34"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="44"/>
        <source>Description of the chosen service</source>
        <translation>Mô tả của dịch vụ đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServicePicker.cpp" line="178"/>
        <source>No service chosen yet.</source>
        <translation>Chưa chọn dịch vụ nào.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportPresenter</name>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="29"/>
        <source>The draft could not be saved (the disk may be full). The report is still here in the form; send it, or free some space so that it can be kept.</source>
        <translation>Không lưu được bản nháp (có thể ổ đĩa đã đầy). Báo cáo vẫn còn trong biểu mẫu; hãy gửi đi, hoặc giải phóng dung lượng để có thể lưu lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="33"/>
        <source>The draft is saved again.</source>
        <translation>Bản nháp đã được lưu lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="51"/>
        <source>A waiting report went out: request id %1.</source>
        <translation>Một báo cáo đang chờ đã được gửi đi: số yêu cầu %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="61"/>
        <source>%1 The report is saved in the outbox (number %2) and will be sent automatically when the city&apos;s server can be reached.</source>
        <translation>%1 Báo cáo đã được lưu trong Hộp thư đi (số %2) và sẽ tự động được gửi khi kết nối được với máy chủ của thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ReportPresenter.cpp" line="69"/>
        <source>%1 The report is listed in the Outbox tab (number %2), where you can check with the city and resend it or record its id.</source>
        <translation>%1 Báo cáo có trong thẻ Hộp thư đi (số %2); tại đó quý vị có thể hỏi lại thành phố rồi gửi lại báo cáo hoặc ghi số yêu cầu của báo cáo.</translation>
    </message>
</context>
<context>
    <name>Open311::ReportSubmission</name>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="55"/>
        <source>Reports cannot be sent because the outbox is not available.</source>
        <translation>Không thể gửi báo cáo vì Hộp thư đi không dùng được.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="78"/>
        <source>The report could not be saved, so it was not sent. Nothing was lost: the form still holds it.</source>
        <translation>Không thể lưu báo cáo, nên báo cáo chưa được gửi. Không có gì bị mất: báo cáo vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../lib/session/ReportSubmission.cpp" line="85"/>
        <source>The report is saved in the outbox and will be sent shortly.</source>
        <translation>Báo cáo đã được lưu trong Hộp thư đi và sẽ được gửi trong giây lát.</translation>
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
        <translation>submit không nhận đối số vị trí; vui lòng dùng các tùy chọn.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="84"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="101"/>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="95"/>
        <source>This place is outside %1; the city may not handle it.</source>
        <translation>Địa điểm này nằm ngoài %1; thành phố có thể không xử lý.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="98"/>
        <source>%1 Nothing was sent; give --outside-area to send it anyway.</source>
        <translation>%1 Chưa gửi gì; thêm --outside-area để vẫn gửi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="117"/>
        <location filename="../lib/cli/RequestCommands.cpp" line="144"/>
        <source>The service&apos;s attributes could not be checked first: %1</source>
        <translation>Không thể kiểm tra trước các thuộc tính của dịch vụ: %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="127"/>
        <source>The city offers no service with the code %1 (see: open311 services).</source>
        <translation>Thành phố không có dịch vụ nào với mã %1 (xem: open311 services).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="134"/>
        <source>The service %1 has no attributes; leave out --attribute.</source>
        <translation>Dịch vụ %1 không có thuộc tính; vui lòng bỏ --attribute.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="169"/>
        <source>--lat takes a number of degrees.</source>
        <translation>--lat nhận một số độ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="178"/>
        <source>--lon takes a number of degrees.</source>
        <translation>--lon nhận một số độ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="194"/>
        <source>--attribute takes CODE=VALUE, such as --attribute SIZE=large.</source>
        <translation>--attribute nhận MÃ=GIÁ_TRỊ, ví dụ --attribute SIZE=large.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="205"/>
        <source>--attribute, --address-id and --photo are GeoReport v2&apos;s; this endpoint speaks v1 (see --protocol).</source>
        <translation>--attribute, --address-id và --photo thuộc GeoReport v2; điểm kết nối này dùng v1 (xem --protocol).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="210"/>
        <source>%1 takes no photo uploads (its profile says so); give a link with --media-url instead.</source>
        <translation>%1 không nhận ảnh tải lên (theo hồ sơ của thành phố); thay vào đó, vui lòng đưa liên kết bằng --media-url.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="226"/>
        <source>Give --description or --description-file, not both.</source>
        <translation>Vui lòng dùng --description hoặc --description-file, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="234"/>
        <source>The description file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp mô tả %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="288"/>
        <source>The report could not be written to the outbox %1 (the disk may be full), so it was not sent. Nothing already in the outbox was lost.</source>
        <translation>Không ghi được báo cáo vào Hộp thư đi %1 (có thể ổ đĩa đã đầy), nên báo cáo chưa được gửi. Không mất gì trong Hộp thư đi.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="307"/>
        <source>The report is kept in the outbox as number %1 (see: open311 outbox list).</source>
        <translation>Báo cáo được giữ trong Hộp thư đi với số %1 (xem: open311 outbox list).</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="315"/>
        <source>The report was taken by another process.</source>
        <translation>Báo cáo đã được một tiến trình khác lấy.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="325"/>
        <source>The city answered with a token: it files the report later. It is followed in open311 track list until it has a request id; open311 track poll or open311 token %1 asks for it.</source>
        <translation>Thành phố trả lời bằng một token: thành phố sẽ ghi nhận báo cáo sau. Báo cáo được theo dõi trong open311 track list cho đến khi có số yêu cầu; open311 track poll hoặc open311 token %1 sẽ hỏi số này.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestCommands.cpp" line="343"/>
        <source>status needs at least one service request id.</source>
        <translation>status cần ít nhất một số yêu cầu.</translation>
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
        <translation>Một báo cáo đang chờ trong Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="19"/>
        <source>Request %1</source>
        <translation>Yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="23"/>
        <source>%1
Status: %2
Reported: %3
%4

%5</source>
        <translation>%1
Tình trạng: %2
Ngày báo cáo: %3
%4

%5</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="31"/>
        <location filename="../lib/gui/window/RequestDetailsDialog.cpp" line="32"/>
        <source>Follow this request</source>
        <translation>Theo dõi yêu cầu này</translation>
    </message>
</context>
<context>
    <name>Open311::RequestQueryCommands</name>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="46"/>
        <source>--status takes open or closed.</source>
        <translation>--status nhận open hoặc closed.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="56"/>
        <source>--%1 takes a date such as 2026-11-01, or a moment such as 2026-11-01T09:30:00Z.</source>
        <translation>--%1 nhận một ngày như 2026-11-01, hoặc một thời điểm như 2026-11-01T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="64"/>
        <source>--start is after --end.</source>
        <translation>--start ở sau --end.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="78"/>
        <source>--%1 takes a whole number from 1.</source>
        <translation>--%1 nhận một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="89"/>
        <source>requests takes no positional arguments; use the options.</source>
        <translation>requests không nhận đối số vị trí; vui lòng dùng các tùy chọn.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="110"/>
        <source>token takes one token.</source>
        <translation>token nhận một token.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="132"/>
        <source>The city has not given token %1 a request id yet; ask again later.</source>
        <translation>Thành phố chưa cấp số yêu cầu cho token %1; vui lòng hỏi lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/cli/RequestQueryCommands.cpp" line="167"/>
        <source>The city lists no request that matches.</source>
        <translation>Thành phố không có yêu cầu nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>Open311::ResultPanel</name>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="27"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy id</source>
        <translation>Sao &amp;chép số</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="31"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="34"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="108"/>
        <source>The report was filed. Request id:</source>
        <translation>Báo cáo đã được ghi nhận. Số yêu cầu:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="44"/>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Request id</source>
        <translation>Số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="46"/>
        <source>QR code of the request id</source>
        <translation>Mã QR của số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="49"/>
        <source>Scan the code with your phone, or write the number down: with it you can check on your report here or with the city.</source>
        <translation>Quét mã bằng điện thoại, hoặc ghi lại số này: với số này, quý vị có thể kiểm tra báo cáo tại đây hoặc với thành phố.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="54"/>
        <source>Copy the request id</source>
        <translation>Sao chép số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="58"/>
        <source>What the city promises</source>
        <translation>Cam kết của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="59"/>
        <source>Start a new report</source>
        <translation>Bắt đầu báo cáo mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="79"/>
        <source>Print the request id</source>
        <translation>In số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="90"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="92"/>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="93"/>
        <source>&amp;New report</source>
        <translation>Báo cáo &amp;mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="106"/>
        <source>The report was received. The city gives it a number later; the Tracker shows it when it does. Token:</source>
        <translation>Báo cáo đã được nhận. Thành phố sẽ cấp số sau; mục Theo dõi sẽ hiển thị số khi có. Token:</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="109"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="113"/>
        <source>&amp;Copy token</source>
        <translation>Sao &amp;chép token</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="116"/>
        <source>Service: %1</source>
        <translation>Dịch vụ: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="118"/>
        <source>The city did not say when it will act.</source>
        <translation>Thành phố chưa cho biết khi nào sẽ xử lý.</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="119"/>
        <source>The city says: %1</source>
        <translation>Thành phố cho biết: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ResultPanel.cpp" line="155"/>
        <source>Request id: %1
Service: %2
%3</source>
        <translation>Số yêu cầu: %1
Dịch vụ: %2
%3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxApiV2</name>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="78"/>
        <source>There is no GeoReport v2 method %1 here; methods end in .json or .xml.</source>
        <translation>Ở đây không có phương thức GeoReport v2 %1; các phương thức kết thúc bằng .json hoặc .xml.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="85"/>
        <source>%1 is not supported here.</source>
        <translation>Ở đây không hỗ trợ %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="103"/>
        <source>There is no GeoReport v2 method %1 here.</source>
        <translation>Ở đây không có phương thức GeoReport v2 %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="111"/>
        <source>api_key was not provided.</source>
        <translation>Chưa cung cấp api_key.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="115"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Đã nhận api_key không hợp lệ -- không thể tiếp tục create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="116"/>
        <source>Invalid api_key received -- can&apos;t proceed.</source>
        <translation>Đã nhận api_key không hợp lệ -- không thể tiếp tục.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="122"/>
        <source>jurisdiction_id %1 was not found; this server serves %2.</source>
        <translation>Không tìm thấy jurisdiction_id %1; máy chủ này phục vụ %2.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="141"/>
        <source>The service list back-end is down; try again later.</source>
        <translation>Hệ thống danh sách dịch vụ không hoạt động; vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="168"/>
        <source>The service %1 has no definition; its metadata is false.</source>
        <translation>Dịch vụ %1 không có định nghĩa; metadata của dịch vụ là false.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="169"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="214"/>
        <source>service_code %1 was not found.</source>
        <translation>Không tìm thấy service_code %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="172"/>
        <source>The definitions back-end is down; try again later.</source>
        <translation>Hệ thống định nghĩa dịch vụ không hoạt động; vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="211"/>
        <source>service_code was not provided.</source>
        <translation>Chưa cung cấp service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="222"/>
        <source>lat and long must both be given as WGS84 degrees.</source>
        <translation>Phải nhập cả lat và long dưới dạng độ WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="228"/>
        <source>A location is required: lat and long, address_string or address_id.</source>
        <translation>Cần có vị trí: lat và long, address_string hoặc address_id.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="231"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Phần mô tả chỉ được tối đa 4.000 ký tự.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="239"/>
        <source>attribute[%1]: %2</source>
        <translation>attribute[%1]: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="242"/>
        <source>The city&apos;s back-end is down; nothing was created. Try again later.</source>
        <translation>Hệ thống của thành phố không hoạt động; chưa có gì được tạo. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="269"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Không thể lưu yêu cầu; chưa có gì được tạo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="296"/>
        <source>At most 1,000 service_request_id can be asked at once.</source>
        <translation>Chỉ có thể hỏi tối đa 1.000 service_request_id cùng lúc.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="306"/>
        <source>start_date and end_date must be ISO 8601 dates, such as 2026-12-01T00:00:00Z.</source>
        <translation>start_date và end_date phải là ngày theo ISO 8601, ví dụ 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="312"/>
        <source>end_date is before start_date.</source>
        <translation>end_date ở trước start_date.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="315"/>
        <source>start_date and end_date may not span more than 90 days.</source>
        <translation>Khoảng từ start_date đến end_date không được quá 90 ngày.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="321"/>
        <source>status must be open or closed, not %1.</source>
        <translation>status phải là open hoặc closed, không phải %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="331"/>
        <source>page and page_size must be whole numbers from 1.</source>
        <translation>page và page_size phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="333"/>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="361"/>
        <source>The requests back-end is down; try again later.</source>
        <translation>Hệ thống yêu cầu không hoạt động; vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="359"/>
        <source>service_request_id %1 was not found.</source>
        <translation>Không tìm thấy service_request_id %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="376"/>
        <source>token %1 was not found.</source>
        <translation>Không tìm thấy token %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApiV2.cpp" line="378"/>
        <source>The tokens back-end is down; try again later.</source>
        <translation>Hệ thống token không hoạt động; vui lòng thử lại sau.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCatalogue</name>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="41"/>
        <source>The services file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp dịch vụ %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="45"/>
        <source>The services file %1 is larger than 16 MB.</source>
        <translation>Tệp dịch vụ %1 lớn hơn 16 MB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="58"/>
        <source>The services file declares a DTD, which is not accepted.</source>
        <translation>Tệp dịch vụ khai báo một DTD, điều này không được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="70"/>
        <source>Line %1 of the services file: every service needs a service_code and a service_name.</source>
        <translation>Dòng %1 của tệp dịch vụ: mỗi dịch vụ cần có service_code và service_name.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="76"/>
        <source>The service code %1 appears twice in the services file.</source>
        <translation>Mã dịch vụ %1 xuất hiện hai lần trong tệp dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="82"/>
        <source>The City will review this report within 5 business days.</source>
        <translation>Thành phố sẽ xem xét báo cáo này trong vòng 5 ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="94"/>
        <source>Line %1 of the services file: the type of %2 must be realtime, batch or blackbox.</source>
        <translation>Dòng %1 của tệp dịch vụ: type của %2 phải là realtime, batch hoặc blackbox.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="102"/>
        <source>Department of Public Works</source>
        <translation>Sở Công chánh</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="123"/>
        <source>The services file is not well-formed XML (line %1: %2).</source>
        <translation>Tệp dịch vụ không phải là XML đúng cấu trúc (dòng %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="129"/>
        <source>The services file lists no services.</source>
        <translation>Tệp dịch vụ không có dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCatalogue.cpp" line="145"/>
        <source>A service definition names the service %1, which the catalogue does not have.</source>
        <translation>Một định nghĩa dịch vụ nêu tên dịch vụ %1, nhưng danh mục không có dịch vụ này.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxCity</name>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="36"/>
        <source>%1 Avenue</source>
        <translation>Đại lộ %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="37"/>
        <source>%1 Street</source>
        <translation>Đường %1</translation>
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
        <translation>và</translation>
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
        <translation>%1 và %2, %3</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxCity.cpp" line="474"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxGeocoder.cpp" line="19"/>
        <source>Sandbox Country</source>
        <translation>Quốc gia thực hành</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxDefinitions</name>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="24"/>
        <source>The service definitions declare a DTD, which is not accepted.</source>
        <translation>Các định nghĩa dịch vụ khai báo một DTD, điều này không được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="33"/>
        <source>The service %1 has two definitions.</source>
        <translation>Dịch vụ %1 có hai định nghĩa.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="39"/>
        <source>The service definitions are not well-formed XML (line %1: %2).</source>
        <translation>Các định nghĩa dịch vụ không phải là XML đúng cấu trúc (dòng %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="71"/>
        <source>Line %1 of the service definitions: the attribute %2 appears twice.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: thuộc tính %2 xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="87"/>
        <source>Line %1 of the service definitions: a definition needs a service_code.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: mỗi định nghĩa cần có service_code.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="122"/>
        <source>Line %1 of the service definitions: the order must be a whole number.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: order phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="135"/>
        <source>Line %1 of the service definitions: an attribute needs a code.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: mỗi thuộc tính cần có mã.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="139"/>
        <source>Line %1 of the service definitions: the datatype of %2 is not one of the spec&apos;s.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: datatype của %2 không thuộc các loại mà đặc tả quy định.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="146"/>
        <source>Line %1 of the service definitions: the list %2 has no values.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: danh sách %2 không có giá trị nào.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxDefinitions.cpp" line="173"/>
        <source>Line %1 of the service definitions: every value of %2 needs a key of its own.</source>
        <translation>Dòng %1 của các định nghĩa dịch vụ: mỗi giá trị của %2 cần có key riêng.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxMedia</name>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="28"/>
        <source>%1 is not supported here; photos are only read.</source>
        <translation>Ở đây không hỗ trợ %1; ảnh chỉ có thể đọc.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxMedia.cpp" line="43"/>
        <source>There is no such photo here.</source>
        <translation>Ở đây không có ảnh này.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxServer</name>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="93"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="123"/>
        <source>Missing API Key</source>
        <translation>Thiếu khóa API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="95"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="190"/>
        <source>Invalid API Key</source>
        <translation>Khóa API không hợp lệ</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="98"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="127"/>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="192"/>
        <source>Unknown city_id; this server serves %1.</source>
        <translation>city_id không xác định; máy chủ này phục vụ %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="101"/>
        <source>Service list back-end is down; try again later.</source>
        <translation>Hệ thống danh sách dịch vụ không hoạt động; vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="125"/>
        <source>Invalid api_key received -- can&apos;t proceed with create_request.</source>
        <translation>Đã nhận api_key không hợp lệ -- không thể tiếp tục create_request.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="130"/>
        <source>Missing service_code</source>
        <translation>Thiếu service_code</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="133"/>
        <source>Invalid service_code %1</source>
        <translation>service_code %1 không hợp lệ</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="141"/>
        <source>lat and lon must both be given as WGS84 degrees.</source>
        <translation>Phải nhập cả lat và lon dưới dạng độ WGS84.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="144"/>
        <source>Either lat/lon or address_string is required.</source>
        <translation>Cần có lat/lon hoặc address_string.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="147"/>
        <source>The description is limited to 4,000 characters.</source>
        <translation>Phần mô tả chỉ được tối đa 4.000 ký tự.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="149"/>
        <source>Lagan WS is down; nothing was created. Try again later.</source>
        <translation>Lagan WS không hoạt động; chưa có gì được tạo. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="164"/>
        <source>The request could not be stored; nothing was created.</source>
        <translation>Không thể lưu yêu cầu; chưa có gì được tạo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="188"/>
        <source>Missing API key</source>
        <translation>Thiếu khóa API</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="194"/>
        <source>Status back-end is down; try again later.</source>
        <translation>Hệ thống tình trạng không hoạt động; vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxApi.cpp" line="200"/>
        <source>Id not valid or you are attempting to search for a service request you did not create</source>
        <translation>Số không hợp lệ hoặc quý vị đang tìm một yêu cầu dịch vụ không phải do quý vị tạo</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="19"/>
        <source>Assigned to crew</source>
        <translation>Đã giao cho tổ công tác</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="20"/>
        <source>Inspection scheduled</source>
        <translation>Đã lên lịch kiểm tra</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="21"/>
        <source>Crew on site</source>
        <translation>Tổ công tác đã có mặt</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="24"/>
        <source>Repaired. Thank you for your report.</source>
        <translation>Đã sửa xong. Cảm ơn quý vị đã báo cáo.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="25"/>
        <source>Completed by the street maintenance crew.</source>
        <translation>Tổ bảo trì đường phố đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxLifeCycle.cpp" line="28"/>
        <source>Duplicate of an earlier report; closed.</source>
        <translation>Trùng với một báo cáo trước đó; đã đóng.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxServer.cpp" line="66"/>
        <source>The training city cannot listen on %1 port %2: %3</source>
        <translation>Thành phố thực hành không thể lắng nghe trên %1, cổng %2: %3</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxStore</name>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="195"/>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="199"/>
        <source>The training city&apos;s database</source>
        <translation>Cơ sở dữ liệu của thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxStore.cpp" line="232"/>
        <source>The training city&apos;s database %1 cannot be used: %2</source>
        <translation>Không thể dùng cơ sở dữ liệu %1 của thành phố thực hành: %2</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Discovery</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="46"/>
        <source>Use the API key %1; it opens nothing real.</source>
        <translation>Dùng khóa API %1; khóa này không mở quyền truy cập vào dữ liệu thật nào.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="47"/>
        <source>Ask whoever runs this training city for an API key.</source>
        <translation>Vui lòng xin khóa API từ người quản lý thành phố thực hành này.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Discovery.cpp" line="51"/>
        <source>The Open311 Reporter training city: a practice server that files nothing real.</source>
        <translation>Thành phố thực hành của Open311 Reporter: một máy chủ để thực hành, không ghi nhận gì thật.</translation>
    </message>
</context>
<context>
    <name>Open311::SandboxV2Form</name>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="32"/>
        <source>The body must be application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Phần thân phải là application/x-www-form-urlencoded hoặc multipart/form-data, không phải %1.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="39"/>
        <source>%1 is not an attribute: write attribute[code] or attribute[code][].</source>
        <translation>%1 không phải là thuộc tính: vui lòng viết attribute[code] hoặc attribute[code][].</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="65"/>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="66"/>
        <source>Photo %1 (%2)</source>
        <translation>Ảnh %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="68"/>
        <source>At most %1 photos can be sent with one request.</source>
        <translation>Mỗi yêu cầu chỉ có thể gửi kèm tối đa %1 ảnh.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="72"/>
        <source>%1 is larger than 8 MiB.</source>
        <translation>%1 lớn hơn 8 MiB.</translation>
    </message>
    <message>
        <location filename="../lib/sandbox/SandboxV2Form.cpp" line="78"/>
        <source>%1 is neither a JPEG nor a PNG image.</source>
        <translation>%1 không phải là ảnh JPEG hay PNG.</translation>
    </message>
</context>
<context>
    <name>Open311::SchemaMigration</name>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="40"/>
        <source>%1 %2 was written by a newer version of the app.</source>
        <translation>%1 %2 được tạo bởi một phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <location filename="../lib/store/SchemaMigration.cpp" line="69"/>
        <source>%1 %2 cannot be set up, and was left as it was: %3</source>
        <translation>Không thể thiết lập %1 %2, nên đã để nguyên như cũ: %3</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceArea</name>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="31"/>
        <source>The service area&apos;s feature collection has no list of features.</source>
        <translation>Tập hợp đối tượng (feature collection) của khu vực phục vụ không có danh sách đối tượng.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="35"/>
        <source>A feature of the service area is not an object.</source>
        <translation>Một đối tượng của khu vực phục vụ không phải là object.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="56"/>
        <source>The coordinates of the service area&apos;s %1 are not nested as GeoJSON requires.</source>
        <translation>Tọa độ của %1 thuộc khu vực phục vụ không được lồng nhau theo yêu cầu của GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="68"/>
        <source>A geometry of the service area is not an object.</source>
        <translation>Một hình học (geometry) của khu vực phục vụ không phải là object.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="81"/>
        <source>The service area&apos;s %1 has no list of coordinates.</source>
        <translation>%1 của khu vực phục vụ không có danh sách tọa độ.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="100"/>
        <source>The service area&apos;s GeoJSON object has no type.</source>
        <translation>Đối tượng GeoJSON của khu vực phục vụ không có type.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="102"/>
        <source>The service area&apos;s GeoJSON type &quot;%1&quot; is not known.</source>
        <translation>Không biết loại GeoJSON &quot;%1&quot; của khu vực phục vụ.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="127"/>
        <source>The service area has more than %1 positions and was not read.</source>
        <translation>Khu vực phục vụ có hơn %1 vị trí nên không được đọc.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="145"/>
        <source>A position in the service area is not a longitude and latitude pair.</source>
        <translation>Một vị trí trong khu vực phục vụ không phải là một cặp kinh độ và vĩ độ.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="151"/>
        <source>The service area has a position outside the world: longitude %1, latitude %2.</source>
        <translation>Khu vực phục vụ có một vị trí nằm ngoài trái đất: kinh độ %1, vĩ độ %2.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="159"/>
        <source>A ring of the service area has fewer than four positions.</source>
        <translation>Một vòng của khu vực phục vụ có ít hơn bốn vị trí.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="200"/>
        <source>The service area is larger than 16 MB and was not read.</source>
        <translation>Khu vực phục vụ lớn hơn 16 MB nên không được đọc.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="205"/>
        <source>The service area is not valid GeoJSON: %1.</source>
        <translation>Khu vực phục vụ không phải là GeoJSON hợp lệ: %1.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="207"/>
        <source>The service area is not a GeoJSON object.</source>
        <translation>Khu vực phục vụ không phải là đối tượng GeoJSON.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="212"/>
        <source>The service area has no polygon.</source>
        <translation>Khu vực phục vụ không có đa giác nào.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceArea.cpp" line="244"/>
        <location filename="../lib/map/ServiceArea.cpp" line="249"/>
        <source>The service area file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp khu vực phục vụ %1: %2</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceAreaLoader</name>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="52"/>
        <source>The service area&apos;s address uses plain HTTP, which nobody allowed for this jurisdiction.</source>
        <translation>Địa chỉ của khu vực phục vụ dùng HTTP không mã hóa, nhưng khu vực quản lý này không cho phép.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="73"/>
        <source>The city&apos;s server answered %1 for its service area.</source>
        <translation>Máy chủ của thành phố trả lời %1 khi được hỏi về khu vực phục vụ.</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="74"/>
        <source>The service area could not be fetched: %1</source>
        <translation>Không thể lấy khu vực phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="76"/>
        <source>it is larger than 16 MB, or took too long</source>
        <translation>tệp lớn hơn 16 MB, hoặc mất quá nhiều thời gian</translation>
    </message>
    <message>
        <location filename="../lib/map/ServiceAreaLoader.cpp" line="77"/>
        <source>the server could not be reached</source>
        <translation>không kết nối được với máy chủ</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceCommands</name>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="32"/>
        <source>services takes no arguments.</source>
        <translation>services không nhận đối số.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="58"/>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="64"/>
        <source>(has attributes: open311 definition %1)</source>
        <translation>(có thuộc tính: open311 definition %1)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="66"/>
        <source>(batch: answers with a token)</source>
        <translation>(batch: trả lời bằng một token)</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="78"/>
        <source>definition takes one service code.</source>
        <translation>definition nhận một mã dịch vụ.</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="103"/>
        <source>(information) %1</source>
        <translation>(thông tin) %1</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="107"/>
        <source>optional</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location filename="../lib/cli/ServiceCommands.cpp" line="113"/>
        <source>The service %1 asks nothing beyond the report itself.</source>
        <translation>Dịch vụ %1 không hỏi gì thêm ngoài chính báo cáo.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceDefinition</name>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="33"/>
        <source>The service %1 has no attribute “%2” to fill in.</source>
        <translation>Dịch vụ %1 không có thuộc tính “%2” để điền.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="46"/>
        <source>“%1” is required.</source>
        <translation>“%1” là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="51"/>
        <source>“%1” takes one value, not %2.</source>
        <translation>“%1” chỉ nhận một giá trị, không phải %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="62"/>
        <source>“%1” must be a number, such as 12 or 3.5.</source>
        <translation>“%1” phải là một số, ví dụ 12 hoặc 3.5 (dùng dấu chấm thập phân).</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="68"/>
        <source>“%1” must be a date and time such as 2026-12-01T14:30:00.</source>
        <translation>“%1” phải là ngày và giờ, ví dụ 2026-12-01T14:30:00.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="78"/>
        <source>“%1” is not one of the choices for “%2”.</source>
        <translation>“%1” không phải là một lựa chọn của “%2”.</translation>
    </message>
    <message>
        <location filename="../lib/core/ServiceDefinition.cpp" line="88"/>
        <source>“%1” lists a choice twice.</source>
        <translation>“%1” có một lựa chọn bị lặp hai lần.</translation>
    </message>
</context>
<context>
    <name>Open311::ServiceListModel</name>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="40"/>
        <source>Other services</source>
        <translation>Dịch vụ khác</translation>
    </message>
    <message>
        <location filename="../lib/gui/report/ServiceListModel.cpp" line="80"/>
        <source>Group: %1</source>
        <translation>Nhóm: %1</translation>
    </message>
</context>
<context>
    <name>Open311::SettingsDialog</name>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="36"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>Jurisdictions</source>
        <translation>Khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Add from its &amp;web address…</source>
        <translation>Thêm từ địa chỉ &amp;web…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="42"/>
        <source>Add a city from its web address</source>
        <translation>Thêm thành phố từ địa chỉ web</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="43"/>
        <source>D&amp;uplicate</source>
        <translation>Tạo bản &amp;sao</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="45"/>
        <source>&amp;Import…</source>
        <translation>Nhậ&amp;p…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>jurisdiction</source>
        <translation>khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>GeoReport v2</source>
        <translation>GeoReport v2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="59"/>
        <source>GeoReport v1 (deprecated)</source>
        <translation>GeoReport v1 (ngừng hỗ trợ)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>JSON, with XML where JSON fails</source>
        <translation>JSON, dùng XML khi JSON lỗi</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="62"/>
        <source>XML only</source>
        <translation>Chỉ XML</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="63"/>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>Cho phép HTTP không mã hóa (khóa được gửi đi không mã hóa)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="69"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="70"/>
        <source>Reports carry an account id</source>
        <translation>Báo cáo có kèm mã tài khoản</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="71"/>
        <source>Takes p&amp;hotos with a report (multipart media, v2)</source>
        <translation>Nhận ảnh kèm bá&amp;o cáo (media multipart, v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Some v2 cities, Helsinki&apos;s among them, take photos uploaded with a report. Others take only a link.</source>
        <translation>Một số thành phố v2, trong đó có Helsinki, nhận ảnh tải lên cùng báo cáo. Các thành phố khác chỉ nhận liên kết.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>One per line: an https address or a file (KML, GeoJSON or CSV)</source>
        <translation>Mỗi dòng một mục: một địa chỉ https hoặc một tệp (KML, GeoJSON hoặc CSV)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Feed problems</source>
        <translation>Sự cố với nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="119"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="158"/>
        <source>New API key</source>
        <translation>Khóa API mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Set &amp;key</source>
        <translation>&amp;Lưu khóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Remove ke&amp;y</source>
        <translation>Xóa &amp;khóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>&amp;Save jurisdiction</source>
        <translation>Lưu khu vực &amp;quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="93"/>
        <source>&amp;Test connection</source>
        <translation>Kiểm t&amp;ra kết nối</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="97"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="125"/>
        <source>Let the map glide on after a flick</source>
        <translation>Cho bản đồ tiếp tục trôi sau khi vuốt nhanh</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="99"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>City id</source>
        <translation>Mã thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>Answer format</source>
        <translation>Định dạng trả lời</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Allow plain HTTP</source>
        <translation>Cho phép HTTP không mã hóa</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Map tiles</source>
        <translation>Ô bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Map attribution</source>
        <translation>Ghi công bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Address search</source>
        <translation>Tìm địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Tracker interval</source>
        <translation>Chu kỳ theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Uses account id</source>
        <translation>Dùng mã tài khoản</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Takes photo uploads</source>
        <translation>Nhận ảnh tải lên</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="117"/>
        <source>Feeds of existing requests</source>
        <translation>Nguồn dữ liệu về các yêu cầu hiện có</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="118"/>
        <source>Service area</source>
        <translation>Khu vực phục vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="120"/>
        <source>Set the API key</source>
        <translation>Lưu khóa API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="121"/>
        <source>Remove the API key</source>
        <translation>Xóa khóa API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Save the jurisdiction</source>
        <translation>Lưu khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Ser&amp;ver</source>
        <translation>Máy &amp;chủ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Giao thức</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;City id</source>
        <translation>&amp;Mã thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>F&amp;ormat (v2)</source>
        <translation>Định &amp;dạng (v2)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="141"/>
        <source>&amp;Map tiles</source>
        <translation>Ô &amp;bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>Map attri&amp;bution</source>
        <translation>Gh&amp;i công bản đồ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>A&amp;ddress search</source>
        <translation>Tìm đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Track&amp;er interval</source>
        <translation>Chu kỳ th&amp;eo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="147"/>
        <source>Service area &amp;file or address</source>
        <translation>Khu &amp;vực phục vụ: tệp hoặc địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Existin&amp;g requests</source>
        <translation>&amp;Yêu cầu hiện có</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="193"/>
        <source>New jurisdiction</source>
        <translation>Khu vực quản lý mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="206"/>
        <source>A copy: change it, then save it.</source>
        <translation>Một bản sao: hãy chỉnh sửa rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="226"/>
        <source>The API key was saved in the keychain.</source>
        <translation>Khóa API đã được lưu trong chuỗi khóa.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="236"/>
        <source>The API key was removed.</source>
        <translation>Đã xóa khóa API.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="242"/>
        <source>Export jurisdiction</source>
        <translation>Xuất khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="243"/>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Jurisdiction files (*.json)</source>
        <translation>Tệp khu vực quản lý (*.json)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="250"/>
        <source>Exported to %1 (without the API key).</source>
        <translation>Đã xuất ra %1 (không kèm khóa API).</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="251"/>
        <source>Could not write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="258"/>
        <source>Import jurisdiction</source>
        <translation>Nhập khu vực quản lý</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="267"/>
        <source>%1 cannot be read.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="273"/>
        <source>Imported: check it, then save it and set its API key.</source>
        <translation>Đã nhập: hãy kiểm tra, rồi lưu lại và nhập khóa API.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="284"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Ngôn ngữ sẽ thay đổi vào lần khởi động ứng dụng tiếp theo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="305"/>
        <source>%1 (deprecated)</source>
        <translation>%1 (ngừng hỗ trợ)</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="347"/>
        <source>Built in: runs inside the app</source>
        <translation>Có sẵn: chạy bên trong ứng dụng</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="348"/>
        <source>Built in: the training city&apos;s own map</source>
        <translation>Có sẵn: bản đồ riêng của thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="349"/>
        <source>Built in: the training city&apos;s streets</source>
        <translation>Có sẵn: các con đường của thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="351"/>
        <source>Built in: the training city&apos;s own edge</source>
        <translation>Có sẵn: ranh giới riêng của thành phố thực hành</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="354"/>
        <source>Empty: OpenStreetMap</source>
        <translation>Để trống: OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="355"/>
        <source>Needed for any map but OpenStreetMap&apos;s</source>
        <translation>Bắt buộc với mọi bản đồ không phải của OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="356"/>
        <source>GeoJSON: an https address or a file</source>
        <translation>GeoJSON: một địa chỉ https hoặc một tệp</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="362"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Request a key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Xin khóa&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="365"/>
        <source>Managed by your administrator.</source>
        <translation>Do quản trị viên của quý vị quản lý.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="425"/>
        <source>Found. Ask the city for an API key (the link above), then save.</source>
        <translation>Đã tìm thấy. Vui lòng xin khóa API từ thành phố (liên kết ở trên), rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="426"/>
        <source>Found. Check the fields, then save.</source>
        <translation>Đã tìm thấy. Vui lòng kiểm tra các ô, rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="442"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="449"/>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="455"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="463"/>
        <source>Not available</source>
        <translation>Không dùng được</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="465"/>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="466"/>
        <source>Set by the administrator</source>
        <translation>Do quản trị viên đặt</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="467"/>
        <source>Set</source>
        <translation>Đã đặt</translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="483"/>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="495"/>
        <source>Connected: the server offers %n service(s).</source>
        <translation>
            <numerusform>Đã kết nối: máy chủ cung cấp %n dịch vụ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/settings/SettingsDialog.cpp" line="497"/>
        <source>The connection failed: %1</source>
        <translation>Kết nối thất bại: %1</translation>
    </message>
</context>
<context>
    <name>Open311::ShortcutsDialog</name>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="33"/>
        <source>Filter the services</source>
        <translation>Lọc dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="34"/>
        <source>Go on from the service filter to the address</source>
        <translation>Chuyển từ ô lọc dịch vụ sang ô địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="35"/>
        <source>Type the address</source>
        <translation>Nhập địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="36"/>
        <source>Find the address and move the pin there</source>
        <translation>Tìm địa chỉ và di chuyển ghim đến đó</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Map: move the view</source>
        <translation>Bản đồ: di chuyển vùng xem</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="37"/>
        <source>Arrow keys</source>
        <translation>Phím mũi tên</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="38"/>
        <source>Map: zoom in, zoom out</source>
        <translation>Bản đồ: phóng to, thu nhỏ</translation>
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
        <translation>Bản đồ: đặt ghim vào giữa</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="41"/>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="43"/>
        <source>Next field, previous field</source>
        <translation>Ô tiếp theo, ô trước đó</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>A field or button by its underlined letter</source>
        <translation>Một ô hoặc nút theo chữ cái được gạch chân</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="46"/>
        <source>Alt+letter</source>
        <translation>Alt+chữ cái</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="47"/>
        <source>Send the report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="48"/>
        <source>Start the next report</source>
        <translation>Bắt đầu báo cáo tiếp theo</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="49"/>
        <source>Next tab (Report, Tracker, Outbox)</source>
        <translation>Thẻ tiếp theo (Báo cáo, Theo dõi, Hộp thư đi)</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="50"/>
        <source>Follow the request id typed in the Tracker</source>
        <translation>Theo dõi số yêu cầu đã nhập trong mục Theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="51"/>
        <source>Reload the city&apos;s services</source>
        <translation>Tải lại các dịch vụ của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="52"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="53"/>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="54"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="61"/>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>To</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../lib/gui/window/ShortcutsDialog.cpp" line="65"/>
        <source>Press</source>
        <translation>Nhấn</translation>
    </message>
</context>
<context>
    <name>Open311::SqliteConnection</name>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="45"/>
        <source>The folder %1 for %2 cannot be created.</source>
        <translation>Không thể tạo thư mục %1 cho %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="53"/>
        <source>it is not an SQLite file</source>
        <translation>đây không phải là tệp SQLite</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="60"/>
        <source>%1 (%2) cannot be opened: %3</source>
        <translation>Không thể mở %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="77"/>
        <source>%1 (%2) cannot be opened: the disk may be full, or the file may not be written (%3). Nothing in it was changed.</source>
        <translation>Không mở được %1 (%2): có thể ổ đĩa đã đầy, hoặc không ghi được vào tệp (%3). Không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="81"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>Không thể đọc %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="101"/>
        <location filename="../lib/store/SqliteConnection.cpp" line="108"/>
        <source>%1 could not be renamed to %2.</source>
        <translation>Không thể đổi tên %1 thành %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/SqliteConnection.cpp" line="118"/>
        <source>%1 (%2) is damaged or is not a database this app can read (%3). The file was left as it is.</source>
        <translation>%1 (%2) bị hỏng hoặc không phải là cơ sở dữ liệu mà ứng dụng này đọc được (%3). Tệp được để nguyên.</translation>
    </message>
</context>
<context>
    <name>Open311::StoreNotice</name>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="21"/>
        <source>&amp;Set the damaged file aside and start a new one</source>
        <translation>Để riêng tệp bị hỏng và tạo tệp &amp;mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="22"/>
        <source>Set the damaged file aside and start a new one</source>
        <translation>Để riêng tệp bị hỏng và tạo tệp mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/widgets/StoreNotice.cpp" line="24"/>
        <source>Renames the file and starts an empty one; nothing is deleted.</source>
        <translation>Đổi tên tệp và tạo một tệp trống; không có gì bị xóa.</translation>
    </message>
</context>
<context>
    <name>Open311::TileLoader</name>
    <message>
        <location filename="../lib/map/TileLoader.cpp" line="198"/>
        <source>The map&apos;s tile server uses plain HTTP, which nobody allowed for this jurisdiction. Use an https:// address, or allow plain HTTP in Settings.</source>
        <translation>Máy chủ ô bản đồ dùng HTTP không mã hóa, nhưng khu vực quản lý này không cho phép. Vui lòng dùng địa chỉ https://, hoặc cho phép HTTP không mã hóa trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>Open311::TileSource</name>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="14"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© Những người đóng góp OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../lib/map/TileSource.cpp" line="34"/>
        <source>Map tiles: %1</source>
        <translation>Ô bản đồ: %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackCommands</name>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="39"/>
        <source>Use %1.</source>
        <translation>Vui lòng dùng %1.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="43"/>
        <source>track add needs at least one service request id.</source>
        <translation>track add cần ít nhất một số yêu cầu.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="47"/>
        <source>track %1 takes no arguments.</source>
        <translation>track %1 không nhận đối số.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="76"/>
        <source>%1 could not be followed: the Tracker file %2 could not be written (the disk may be full). Nothing already followed was lost.</source>
        <translation>Không thể theo dõi %1: không ghi được tệp Theo dõi %2 (có thể ổ đĩa đã đầy). Không mất yêu cầu nào đang theo dõi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/cli/TrackCommands.cpp" line="82"/>
        <source>%n request(s) followed.</source>
        <translation>
            <numerusform>Đang theo dõi %n yêu cầu.</numerusform>
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
        <translation>chưa có số</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="152"/>
        <source>Token %1 is now request %2.</source>
        <translation>Token %1 nay là yêu cầu %2.</translation>
    </message>
    <message>
        <location filename="../lib/cli/TrackCommands.cpp" line="159"/>
        <source>%1 checked, %2 changed, %3 failed.</source>
        <translation>Đã kiểm tra %1, có %2 thay đổi, %3 thất bại.</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerModel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="89"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="91"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="98"/>
        <source>Unknown to the city</source>
        <translation>Thành phố không biết</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="100"/>
        <source>Check failed</source>
        <translation>Kiểm tra thất bại</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="117"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="119"/>
        <source>Waiting for the city&apos;s number</source>
        <translation>Đang chờ số của thành phố</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="121"/>
        <source>This service files reports in batches; the number comes when the city has filed it.</source>
        <translation>Dịch vụ này ghi nhận báo cáo theo lô; số sẽ có khi thành phố đã ghi nhận báo cáo.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="193"/>
        <source>Now</source>
        <translation>Bây giờ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="209"/>
        <source>Request id</source>
        <translation>Số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="211"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="213"/>
        <source>Address or location</source>
        <translation>Địa chỉ hoặc vị trí</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="215"/>
        <source>Submitted</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="217"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="219"/>
        <source>Latest notes</source>
        <translation>Ghi chú mới nhất</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="221"/>
        <source>Last checked</source>
        <translation>Kiểm tra lần cuối</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerModel.cpp" line="223"/>
        <source>Next check</source>
        <translation>Kiểm tra tiếp theo</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerPanel</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="39"/>
        <source>Show &amp;archived</source>
        <translation>&amp;Hiện mục đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>Theo &amp;dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="44"/>
        <source>R&amp;efresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="45"/>
        <source>Refresh a&amp;ll</source>
        <translation>Làm mới tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="46"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Ar&amp;chive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ngừng theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="48"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="67"/>
        <source>Followed requests</source>
        <translation>Yêu cầu đang theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="69"/>
        <source>Filter by id, service, address or notes</source>
        <translation>Lọc theo số, dịch vụ, địa chỉ hoặc ghi chú</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="71"/>
        <source>Filter followed requests</source>
        <translation>Lọc các yêu cầu đang theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="72"/>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="75"/>
        <source>Unknown to the city</source>
        <translation>Thành phố không biết</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="76"/>
        <source>Check failing</source>
        <translation>Kiểm tra bị lỗi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="77"/>
        <source>Status filter</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="78"/>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="79"/>
        <source>Request id to follow</source>
        <translation>Số yêu cầu cần theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="81"/>
        <source>Follow this request id</source>
        <translation>Theo dõi số yêu cầu này</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="82"/>
        <source>Check the selected request now</source>
        <translation>Kiểm tra ngay yêu cầu đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="83"/>
        <source>Check every open request now</source>
        <translation>Kiểm tra ngay mọi yêu cầu đang mở</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="84"/>
        <source>Archive or restore the selected request</source>
        <translation>Lưu trữ hoặc khôi phục yêu cầu đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="85"/>
        <source>Stop following the selected request</source>
        <translation>Ngừng theo dõi yêu cầu đã chọn</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="86"/>
        <source>Export the table with its history as CSV</source>
        <translation>Xuất bảng kèm lịch sử dưới dạng CSV</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="87"/>
        <source>Show archived requests</source>
        <translation>Hiện các yêu cầu đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="90"/>
        <source>F&amp;ilter</source>
        <translation>Lọc &amp;yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="92"/>
        <source>Sho&amp;wing</source>
        <translation>Tình trạn&amp;g</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="94"/>
        <source>Request i&amp;d</source>
        <translation>&amp;Số yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="113"/>
        <source>About the empty list</source>
        <translation>Về danh sách trống</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>Export the Tracker</source>
        <translation>Xuất mục Theo dõi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="181"/>
        <source>No followed request matches the filter.</source>
        <translation>Không có yêu cầu đang theo dõi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="184"/>
        <source>Every followed request is archived; “Show archived” lists them.</source>
        <translation>Mọi yêu cầu đang theo dõi đều đã được lưu trữ; chọn “Hiện mục đã lưu trữ” để xem.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="186"/>
        <source>The reports you send appear here, with what the city says about them. To follow a request made elsewhere, type its id below.</source>
        <translation>Các báo cáo quý vị gửi sẽ hiện ở đây, cùng với thông tin thành phố cho biết về báo cáo. Để theo dõi một yêu cầu được tạo ở nơi khác, hãy nhập số yêu cầu vào ô bên dưới.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="216"/>
        <source>Re&amp;store</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="231"/>
        <source>Request %1</source>
        <translation>Yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="232"/>
        <source>Details of request %1</source>
        <translation>Chi tiết yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="238"/>
        <source>Request %1: %2 — %3
%4</source>
        <translation>Yêu cầu %1: %2 — %3
%4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="240"/>
        <source>No address given</source>
        <translation>Không có địa chỉ</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="245"/>
        <source>Notes: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="247"/>
        <source>Handled by: %1</source>
        <translation>Đơn vị phụ trách: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="250"/>
        <source>Expected by: %1</source>
        <translation>Dự kiến hoàn tất: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="256"/>
        <source>The city says: %1</source>
        <translation>Thành phố cho biết: %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="259"/>
        <source>&lt;a href=&quot;%1&quot;&gt;The city&apos;s photo or page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ảnh hoặc trang của thành phố&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="267"/>
        <source>What the city says of request %1</source>
        <translation>Thông tin thành phố cho biết về yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="278"/>
        <source>History of request %1</source>
        <translation>Lịch sử của yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="279"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerPanel.cpp" line="305"/>
        <source>Where request %1 was reported</source>
        <translation>Nơi báo cáo yêu cầu %1</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerStore</name>
    <message>
        <location filename="../lib/store/TrackerStore.cpp" line="190"/>
        <location filename="../lib/store/TrackerStore.cpp" line="193"/>
        <source>The tracker</source>
        <translation>Mục Theo dõi</translation>
    </message>
</context>
<context>
    <name>Open311::TrackerTab</name>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="29"/>
        <source>The city gave the report with token %1 its number: %2.</source>
        <translation>Thành phố đã cấp số cho báo cáo có token %1: %2.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="32"/>
        <source>A report has its number</source>
        <translation>Một báo cáo đã có số</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="40"/>
        <source>A report changed</source>
        <translation>Một báo cáo đã thay đổi</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="49"/>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker</source>
        <translation>&amp;Theo dõi</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="114"/>
        <source>&amp;Tracker (%n new)</source>
        <translation>
            <numerusform>&amp;Theo dõi (%n mới)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="120"/>
        <source>Request %1 (%2) is now %3.</source>
        <translation>Yêu cầu %1 (%2) nay có tình trạng “%3”.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="122"/>
        <source>Request %1 (%2) is now %3: %4</source>
        <translation>Yêu cầu %1 (%2) nay có tình trạng “%3”: %4</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="133"/>
        <source>The Tracker was exported to %1.</source>
        <translation>Đã xuất mục Theo dõi ra %1.</translation>
    </message>
    <message>
        <location filename="../lib/gui/tracker/TrackerTab.cpp" line="136"/>
        <source>The Tracker could not be exported to %1: %2</source>
        <translation>Không thể xuất mục Theo dõi ra %1: %2</translation>
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
        <translation>Máy chủ trả lời bằng một trang web thay vì dữ liệu GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="47"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>Câu trả lời khai báo một loại tài liệu (DTD), điều mà GeoReport không bao giờ dùng; đã bị từ chối để đảm bảo an toàn.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="51"/>
        <source>The server sent an empty answer.</source>
        <translation>Máy chủ gửi một câu trả lời trống.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="55"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Câu trả lời của máy chủ không phải là XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="58"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Máy chủ trả lời &lt;%1&gt; trong khi cần &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="105"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Câu trả lời của máy chủ bị cắt ngang.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="107"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Câu trả lời của máy chủ không phải là XML đúng cấu trúc: %1.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="114"/>
        <source>The server&apos;s answer holds neither a result nor an error.</source>
        <translation>Câu trả lời của máy chủ không có kết quả cũng không có lỗi.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="196"/>
        <source>The server&apos;s answer to the report has no service request id.</source>
        <translation>Câu trả lời của máy chủ cho báo cáo không có số yêu cầu.</translation>
    </message>
    <message>
        <location filename="../lib/core/V1Codec.cpp" line="218"/>
        <source>The server&apos;s status answer has no status.</source>
        <translation>Câu trả lời về tình trạng của máy chủ không có tình trạng.</translation>
    </message>
</context>
<context>
    <name>Open311::V2Codec</name>
    <message>
        <location filename="../lib/core/V2Codec.cpp" line="76"/>
        <source>The server&apos;s answer is neither XML nor JSON.</source>
        <translation>Câu trả lời của máy chủ không phải là XML hay JSON.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="25"/>
        <source>The server&apos;s answer is not the %1 answer that was asked for.</source>
        <translation>Câu trả lời của máy chủ không phải là câu trả lời %1 đã được hỏi.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="30"/>
        <source>The server wrote an id as a number that cannot be read back as it was written, so it would come out as a different id.</source>
        <translation>Máy chủ ghi một mã dưới dạng số không thể đọc lại đúng như cách đã ghi, nên mã sẽ bị đọc thành một mã khác.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="42"/>
        <source>The server&apos;s answer was cut short; it is not valid JSON.</source>
        <translation>Câu trả lời của máy chủ bị cắt ngang; không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="44"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Câu trả lời của máy chủ không phải là JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="53"/>
        <source>The server answered with a JSON object where a list was expected.</source>
        <translation>Máy chủ trả lời bằng một object JSON trong khi cần một danh sách.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="60"/>
        <source>The server answered with a JSON list where an object was expected.</source>
        <translation>Máy chủ trả lời bằng một danh sách JSON trong khi cần một object.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Json.cpp" line="66"/>
        <source>The server&apos;s JSON answer gives “%1” in a form GeoReport does not use.</source>
        <translation>Câu trả lời JSON của máy chủ ghi “%1” theo một dạng mà GeoReport không dùng.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="67"/>
        <source>The server sent an empty answer.</source>
        <translation>Máy chủ gửi một câu trả lời trống.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="73"/>
        <source>The server listed a service without a service_code, so it could not be chosen.</source>
        <translation>Máy chủ liệt kê một dịch vụ không có service_code, nên không thể chọn dịch vụ đó.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="75"/>
        <source>The server listed the service “%1” without a service_code, so it could not be chosen.</source>
        <translation>Máy chủ liệt kê dịch vụ “%1” không có service_code, nên không thể chọn dịch vụ đó.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="82"/>
        <source>The server&apos;s answer to the report lists no request.</source>
        <translation>Câu trả lời của máy chủ cho báo cáo không có yêu cầu nào.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="87"/>
        <source>The server&apos;s answer to the report has neither a service request id nor a token.</source>
        <translation>Câu trả lời của máy chủ cho báo cáo không có số yêu cầu cũng không có token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="93"/>
        <source>The server listed a request with neither a service_request_id nor a token.</source>
        <translation>Máy chủ liệt kê một yêu cầu không có service_request_id cũng không có token.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="142"/>
        <source>The service definition has an attribute without a code, so it could not be answered.</source>
        <translation>Định nghĩa dịch vụ có một thuộc tính không có mã, nên không thể trả lời.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Text.cpp" line="147"/>
        <source>The service definition lists a choice without a key for “%1”.</source>
        <translation>Định nghĩa dịch vụ có một lựa chọn không có key cho “%1”.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2WireCodec.cpp" line="233"/>
        <source>The server listed no request with this id.</source>
        <translation>Máy chủ không có yêu cầu nào với số này.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="56"/>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Câu trả lời của máy chủ bị cắt ngang.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="195"/>
        <source>The server&apos;s answer is not XML.</source>
        <translation>Câu trả lời của máy chủ không phải là XML.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="198"/>
        <source>The server answered with a web page instead of GeoReport data.</source>
        <translation>Máy chủ trả lời bằng một trang web thay vì dữ liệu GeoReport.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="202"/>
        <source>The answer declares a document type (DTD), which GeoReport never uses; it was refused for safety.</source>
        <translation>Câu trả lời khai báo một loại tài liệu (DTD), điều mà GeoReport không bao giờ dùng; đã bị từ chối để đảm bảo an toàn.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="223"/>
        <source>The server answered &lt;%1&gt; where &lt;%2&gt; was expected.</source>
        <translation>Máy chủ trả lời &lt;%1&gt; trong khi cần &lt;%2&gt;.</translation>
    </message>
    <message>
        <location filename="../lib/core/V2Xml.cpp" line="236"/>
        <source>The server&apos;s answer is not well-formed XML: %1.</source>
        <translation>Câu trả lời của máy chủ không phải là XML đúng cấu trúc: %1.</translation>
    </message>
</context>
<context>
    <name>Open311::WindowDialogs</name>
    <message>
        <location filename="../lib/gui/window/WindowDialogs.cpp" line="45"/>
        <source>Kept in memory only</source>
        <translation>Chỉ giữ trong bộ nhớ</translation>
    </message>
</context>
<context>
    <name>Open311::WireCodec</name>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="25"/>
        <source>discovery documents</source>
        <translation>tài liệu khám phá</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="28"/>
        <source>service definitions</source>
        <translation>định nghĩa dịch vụ</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="31"/>
        <source>lists of requests</source>
        <translation>danh sách yêu cầu</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="34"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../lib/core/WireCodec.cpp" line="40"/>
        <source>This city&apos;s server speaks GeoReport %1, which has no %2. Use a GeoReport v2 endpoint (--protocol v2).</source>
        <translation>Máy chủ của thành phố này dùng GeoReport %1, phiên bản không có %2. Vui lòng dùng một điểm kết nối GeoReport v2 (--protocol v2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/reporter/main.cpp" line="56"/>
        <source>Open311 Reporter needs a graphical session, and none was found (DISPLAY is not set).</source>
        <translation>Open311 Reporter cần một phiên làm việc đồ họa, nhưng không tìm thấy (DISPLAY chưa được đặt).</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="59"/>
        <source>Open311 Reporter could not reach the display %1. Check that the graphical session is running, then start it again.</source>
        <translation>Open311 Reporter không kết nối được với màn hình %1. Vui lòng kiểm tra xem phiên làm việc đồ họa có đang chạy không, rồi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="80"/>
        <source>Open the built-in training city.</source>
        <translation>Mở thành phố thực hành có sẵn.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="82"/>
        <source>Run as a public kiosk: full screen, no settings, an idle reset; the administrator PIN leaves it.</source>
        <translation>Chạy như một ki-ốt công cộng: toàn màn hình, không có cài đặt, tự xóa báo cáo khi không có người dùng; thoát bằng mã PIN quản trị viên.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="86"/>
        <source>Read a kiosk administrator PIN from standard input and print the line for kiosk/adminPin in the system configuration.</source>
        <translation>Đọc mã PIN quản trị viên của ki-ốt từ đầu vào chuẩn và in ra dòng kiosk/adminPin cho cấu hình hệ thống.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="90"/>
        <source>For benchmarks: print when the first frame is painted and the idle memory, then quit.</source>
        <translation>Để đo hiệu năng: in thời điểm khung hình đầu tiên được vẽ và bộ nhớ khi rảnh, rồi thoát.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="100"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>Mã PIN cần có ít nhất 4 ký tự.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="115"/>
        <source>Open311 Reporter is already running for this user but does not answer. Close it, or end its process, and try again.</source>
        <translation>Open311 Reporter đang chạy cho người dùng này nhưng không phản hồi. Vui lòng đóng ứng dụng, hoặc kết thúc tiến trình của ứng dụng, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../app/reporter/main.cpp" line="121"/>
        <source>Open311 Reporter is already running; its window was brought to the front.</source>
        <translation>Open311 Reporter đang chạy; cửa sổ của ứng dụng đã được đưa lên trước.</translation>
    </message>
</context>
<context>
    <name>open311_sandbox</name>
    <message>
        <location filename="../app/sandbox/main.cpp" line="47"/>
        <source>The Open311 Reporter training city: a GeoReport server for a fictional city, speaking v1 under /dev/V1/ and v2 under /dev/v2/ (discovery, services, definitions, requests and tokens, in .json and .xml) on the same port, with its own map tiles (/tiles/{z}/{x}/{y}.png) and a Nominatim-compatible geocoder (/geocoder/search, /geocoder/reverse). It files nothing real.</source>
        <translation>Thành phố thực hành của Open311 Reporter: một máy chủ GeoReport cho một thành phố hư cấu, dùng v1 tại /dev/V1/ và v2 tại /dev/v2/ (discovery, services, definitions, requests và tokens, dạng .json và .xml) trên cùng một cổng, có ô bản đồ riêng (/tiles/{z}/{x}/{y}.png) và bộ tìm địa chỉ tương thích Nominatim (/geocoder/search, /geocoder/reverse). Máy chủ không ghi nhận gì thật.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>TCP port; 0 picks a free one and prints it (default 8311).</source>
        <translation>Cổng TCP; 0 sẽ chọn một cổng trống và in ra (mặc định 8311).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="57"/>
        <source>PORT</source>
        <translation>CỔNG</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="59"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Địa chỉ để lắng nghe (mặc định 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="60"/>
        <source>ADDRESS</source>
        <translation>ĐỊA_CHỈ</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="62"/>
        <source>Path prefix of the GeoReport v1 methods (default /dev/V1/). GeoReport v2 is always under /dev/v2/.</source>
        <translation>Tiền tố đường dẫn của các phương thức GeoReport v1 (mặc định /dev/V1/). GeoReport v2 luôn ở /dev/v2/.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="64"/>
        <location filename="../app/sandbox/main.cpp" line="76"/>
        <location filename="../app/sandbox/main.cpp" line="78"/>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>The city_id to accept (default %1).</source>
        <translation>city_id được chấp nhận (mặc định %1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="69"/>
        <source>An accepted API key; repeat for several. Each sees only its own requests. Default: %1.</source>
        <translation>Một khóa API được chấp nhận; lặp lại để có nhiều khóa. Mỗi khóa chỉ thấy các yêu cầu của chính mình. Mặc định: %1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="72"/>
        <source>KEY</source>
        <translation>KHÓA</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="74"/>
        <source>Accept the API keys in this file, one per line, so that keys that matter stay out of the process list.</source>
        <translation>Chấp nhận các khóa API trong tệp này, mỗi khóa một dòng, để các khóa quan trọng không hiện trong danh sách tiến trình.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="77"/>
        <source>The SQLite file that keeps the requests.</source>
        <translation>Tệp SQLite lưu các yêu cầu.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="80"/>
        <source>A service_list XML file replacing the built-in catalogue. Its services may carry the v2 attributes group, keywords, type and agency_responsible, and the file may hold v2 &lt;service_definition&gt; elements.</source>
        <translation>Một tệp XML service_list thay cho danh mục có sẵn. Các dịch vụ trong tệp có thể có các thuộc tính v2 group, keywords, type và agency_responsible, và tệp có thể chứa các phần tử v2 &lt;service_definition&gt;.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="83"/>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="85"/>
        <source>Seconds a request spends in each status stage (default 120).</source>
        <translation>Số giây một yêu cầu ở mỗi giai đoạn tình trạng (mặc định 120).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="86"/>
        <location filename="../app/sandbox/main.cpp" line="105"/>
        <source>SECONDS</source>
        <translation>GIÂY</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="87"/>
        <source>Seed for status timing and faults (default 311).</source>
        <translation>Giá trị khởi tạo (seed) cho thời gian chuyển tình trạng và các lỗi giả lập (mặc định 311).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="88"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="89"/>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Làm chậm mỗi câu trả lời bấy nhiêu mili giây.</translation>
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
        <translation>Tỷ lệ lệnh gọi GeoReport (từ 0 đến 1) bị lỗi như một máy chủ trục trặc: HTTP 500, mất kết nối, treo, phần thân bị cắt, hoặc lỗi 204/102/302 (v1) hay 400 (v2).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="98"/>
        <source>Milliseconds a stalled call waits before its connection is closed (default: 2 minutes, past any client&apos;s timeout).</source>
        <translation>Số mili giây một lệnh gọi bị treo chờ trước khi kết nối bị đóng (mặc định: 2 phút, lâu hơn thời gian chờ của mọi máy khách).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="102"/>
        <source>Seconds before the token of a v2 batch service&apos;s request turns into an id (default %1).</source>
        <translation>Số giây trước khi token của một yêu cầu gửi tới dịch vụ xử lý theo lô v2 trở thành số yêu cầu (mặc định %1).</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="113"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port nhận một số từ 0 đến 65535.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="116"/>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind nhận một địa chỉ IP, ví dụ 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="123"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="131"/>
        <source>The key file %1 holds no key.</source>
        <translation>Tệp khóa %1 không chứa khóa nào.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="143"/>
        <source>--pace takes a positive number of seconds.</source>
        <translation>--pace nhận một số giây dương.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="146"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed nhận một số nguyên.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="149"/>
        <source>--latency takes a number of milliseconds.</source>
        <translation>--latency nhận một số mili giây.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="152"/>
        <source>--fault-rate takes a number from 0 to 1.</source>
        <translation>--fault-rate nhận một số từ 0 đến 1.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="155"/>
        <source>--stall takes a number of milliseconds.</source>
        <translation>--stall nhận một số mili giây.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="158"/>
        <source>--batch-delay takes a number of seconds from 0 to 86400.</source>
        <translation>--batch-delay nhận một số giây từ 0 đến 86400.</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="167"/>
        <source>Training city listening on %1</source>
        <translation>Thành phố thực hành đang lắng nghe tại %1</translation>
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
            <numerusform>Mã thành phố: %1; %n khóa API; dữ liệu trong %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="176"/>
        <source>Tiles: %1</source>
        <translation>Ô bản đồ: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="177"/>
        <source>Geocoder: %1</source>
        <translation>Bộ tìm địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="181"/>
        <source>Stopping the training city.</source>
        <translation>Đang dừng thành phố thực hành.</translation>
    </message>
</context>
</TS>
