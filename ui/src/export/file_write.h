/// @file file_write.h
/// @brief Writing an export to the path a person gave: a regular file is replaced atomically
/// and every byte of it checked; a FIFO or device node is written in place, never replaced.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace parlab::ui {

/// Whether `path` can take an export, checked before any work is done: a new name in an existing
/// writable folder, an existing regular file there, a FIFO or a character device. Returns an
/// empty string, or a sentence saying why not.
QString checkOutputPath(const QString& path);

/// Whether `path` is an existing FIFO or character device, written in place (`>(…)`, /dev/null).
bool writesInPlace(const QString& path);

/// Writes `bytes` to `path`. A regular (or new) file goes through a temporary file in the same
/// folder — every write, the fsync and the close checked — renamed over the old one only when
/// all of it is on disk. A FIFO or character device (`/dev/null`, a pipe from `>(…)`) is opened
/// and written as it is; it is never renamed over. Returns an empty string, or a sentence.
QString writeFileBytes(const QString& path, const QByteArray& bytes);

} // namespace parlab::ui
