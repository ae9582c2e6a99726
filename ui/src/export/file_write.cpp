/// @file file_write.cpp
/// @brief Checked, atomic writes of exports. QSaveFile is not used: it renames over device nodes
/// and FIFOs, and its commit() reported a file cut short by a full disk as written.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/file_write.h"

#include "parlab/translate.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace parlab::ui {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString cannotWrite(const QString& path, int error)
{
    return QString::fromStdString(parlab::translate("parlab::FileWrite", "cannot write %1: %2"))
        .arg(path, systemError(error));
}

/// 0 when every byte went out, else errno. A short write is retried: only an error stops it.
int writeAll(int fd, const QByteArray& bytes)
{
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
    }
    return 0;
}

QString writeInPlace(const QString& path, const QByteArray& bytes)
{
    // O_NONBLOCK so that a FIFO nobody reads fails at once (ENXIO) instead of hanging the export.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return errno == ENXIO
                   ? QString::fromStdString(
                         parlab::translate("parlab::FileWrite", "cannot write %1: no program is reading this FIFO"))
                         .arg(path)
                   : cannotWrite(path, errno);
    int error = ::fcntl(fd, F_SETFL, 0) < 0 ? errno : 0; // the reader is there: block as usual now
    if (!error)
        error = writeAll(fd, bytes);
    if (::close(fd) < 0 && !error)
        error = errno;
    return error ? cannotWrite(path, error) : QString();
}

QString writeReplacing(const QString& path, const QByteArray& bytes, const struct stat* old)
{
    const QByteArray target = QFile::encodeName(path);
    int fd = -1;
    QByteArray temp;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temp = target + ".parlab-" + QByteArray::number(QRandomGenerator::global()->generate(), 36);
        // 0666 lets the umask decide, as for any new file; O_EXCL never follows a planted link.
        fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return cannotWrite(path, errno);
    }
    if (fd < 0)
        return cannotWrite(path, EEXIST);
    int error = 0;
    if (old && ::fchmod(fd, old->st_mode & 07777) < 0)
        error = errno;
    if (!error)
        error = writeAll(fd, bytes);
    if (!error && ::fsync(fd) < 0)
        error = errno;
    if (::close(fd) < 0 && !error)
        error = errno;
    if (!error && ::rename(temp.constData(), target.constData()) < 0)
        error = errno;
    if (error) {
        ::unlink(temp.constData());
        return cannotWrite(path, error);
    }
    return {};
}

enum class Kind { missing, regular, inPlace, refused };

Kind classify(const QByteArray& path, struct stat& st, int& error)
{
    if (::stat(path.constData(), &st) < 0) {
        error = errno;
        return error == ENOENT ? Kind::missing : Kind::refused;
    }
    error = 0;
    if (S_ISREG(st.st_mode))
        return Kind::regular;
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return Kind::inPlace;
    return Kind::refused;
}

QString notAFile(const QString& path, const struct stat& st)
{
    return S_ISDIR(st.st_mode)
               ? QString::fromStdString(parlab::translate("parlab::FileWrite", "%1 is a folder, not a file")).arg(path)
               : QString::fromStdString(
                     parlab::translate("parlab::FileWrite", "%1 is not a regular file, a FIFO or a character device"))
                     .arg(path);
}

/// A symbolic link to a regular file: replace the file it points to, not the link.
QString resolved(const QString& path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    return target.isEmpty() ? path : target;
}

} // namespace

QString checkOutputPath(const QString& path)
{
    if (path.isEmpty())
        return QString::fromStdString(parlab::translate("parlab::FileWrite", "the file name is empty"));
    struct stat st {};
    int error = 0;
    switch (classify(QFile::encodeName(path), st, error)) {
    case Kind::inPlace:
        return ::access(QFile::encodeName(path).constData(), W_OK) == 0 ? QString() : cannotWrite(path, errno);
    case Kind::refused:
        return error ? cannotWrite(path, error) : notAFile(path, st);
    case Kind::regular:
    case Kind::missing:
        break;
    }
    const QFileInfo dir(QFileInfo(resolved(path)).absolutePath());
    if (!dir.isDir())
        return QString::fromStdString(parlab::translate("parlab::FileWrite", "the folder %1 does not exist"))
            .arg(dir.filePath());
    if (::access(QFile::encodeName(dir.filePath()).constData(), W_OK | X_OK) < 0)
        return QString::fromStdString(parlab::translate("parlab::FileWrite", "cannot write into the folder %1: %2"))
            .arg(dir.filePath(), systemError(errno));
    return {};
}

bool writesInPlace(const QString& path)
{
    struct stat st {};
    int error = 0;
    return classify(QFile::encodeName(path), st, error) == Kind::inPlace;
}

QString writeFileBytes(const QString& path, const QByteArray& bytes)
{
    struct stat st {};
    int error = 0;
    switch (classify(QFile::encodeName(path), st, error)) {
    case Kind::inPlace:
        return writeInPlace(path, bytes);
    case Kind::refused:
        return error ? cannotWrite(path, error) : notAFile(path, st);
    case Kind::regular:
        return writeReplacing(resolved(path), bytes, &st);
    case Kind::missing:
        break;
    }
    return writeReplacing(path, bytes, nullptr);
}

} // namespace parlab::ui
