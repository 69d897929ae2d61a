#include "core/CrashHandler.h"

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <initializer_list>
#include <unistd.h>

namespace Open311 {

namespace {

const char* g_program = "open311";
// A stack overflow leaves the handler no stack of its own to run on.
alignas(16) char g_alternateStack[64 * 1024];

void writeText(const char* text)
{
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, text, std::strlen(text));
}

void onFatalSignal(int number)
{
    writeText(g_program);
    writeText(": fatal signal ");
    char digits[4] = { char('0' + number / 10 % 10), char('0' + number % 10), '\n', '\0' };
    writeText(number < 10 ? digits + 1 : digits);
    void* frames[64];
    const int count = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    // The default action, once more: the core file and the exit status say what happened.
    std::signal(number, SIG_DFL);
    ::raise(number);
}

} // namespace

void CrashHandler::install(const char* programName)
{
    g_program = programName;
    // backtrace() loads libgcc on its first call, which may allocate: not inside the handler.
    void* warmUp[1];
    ::backtrace(warmUp, 1);
    stack_t alternate = {};
    alternate.ss_sp = g_alternateStack;
    alternate.ss_size = sizeof g_alternateStack;
    sigaltstack(&alternate, nullptr);
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (const int number : { SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL })
        sigaction(number, &action, nullptr);
}

} // namespace Open311
