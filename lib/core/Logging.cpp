#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcClient, "open311.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCodec, "open311.codec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "open311.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "open311.sandbox", QtInfoMsg)
