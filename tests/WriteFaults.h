#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace frontier::test {

/// \brief A full disk, for this process: while it lives, a write past `bytes` into any file
/// fails with EFBIG as a write to a full disk fails with ENOSPC (SIGXFSZ is ignored so the
/// process is not killed). The limit and the signal's handler are restored on destruction.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
};

/// For QProcess::setChildProcessModifier: the child's disk is "full" past `bytes` a file (an
/// ignored signal stays ignored across exec).
inline std::function<void()> childFileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            _exit(126);
    };
}

/// For QProcess::setChildProcessModifier: the child runs as nobody (65534), for whom a folder's
/// permissions hold — the tests run as root, who may write anywhere.
inline void becomeNobody()
{
    if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
        _exit(126);
}

/// Every entry of a folder, hidden ones too: what a failed write must leave unchanged.
inline QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace frontier::test
