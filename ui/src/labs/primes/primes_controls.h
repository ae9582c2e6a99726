/// @file primes_controls.h
/// @brief The primes lab's settings: range, workers, chunksize (Python's default marked),
/// schedule, order, backend — each explained beside it when it cannot be used.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/primes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parlab::ui {

class LogSlider;
class WorkerSlider;

class PrimesControls : public QWidget {
    Q_OBJECT
    // Kept between sessions beside the slider: "follow Python's default" is a choice of its own.
    Q_PROPERTY(bool followsDefault READ followsDefault WRITE setFollowsDefault)
  public:
    explicit PrimesControls(QWidget* parent = nullptr);

    /// The run these settings describe; chunksize is resolved (the default is written out).
    [[nodiscard]] PrimesParams params() const;
    /// False while the range text is not a valid range (the reason is shown beside it).
    [[nodiscard]] bool isValid() const { return valid_; }
    [[nodiscard]] QString problem() const { return problem_; }

    // Start-up settings; each throws parlab::Error naming the option on a bad value.
    void setRange(const QString& first, const QString& last);
    void setFirst(const QString& text);
    void setLast(const QString& text);
    void setWorkers(int workers);
    /// 0 = follow Python's default ceil(n / (4·workers)).
    void setChunksize(quint64 chunksize);
    void setSchedule(Schedule s);
    void setOrder(Order o);
    void setBackend(Backend b);
    void setKernel(Kernel k);
    void setSeed(quint64 seed) { seed_ = seed; }

    /// A rough duration of a run with these settings, from ≈ √m / (2 ln m) divisions per number.
    [[nodiscard]] double estimatedSeconds() const;
    [[nodiscard]] LogSlider* chunksizeSlider() const { return chunksize_; }
    [[nodiscard]] QPushButton* defaultButton() const { return useDefault_; }
    [[nodiscard]] bool followsDefault() const { return followDefault_; }
    void setFollowsDefault(bool follow);
    /// The chunksize the slider's "default" mark stands for (for tests).
    [[nodiscard]] quint64 markedDefault() const { return markedDefault_; }
    [[nodiscard]] QString chunksText() const;
    /// True while the user's chunksize is larger than the range and the range's size is used.
    [[nodiscard]] bool chunksizeCut() const;
    /// Enables or disables every input (while a run is under way).
    void setEditable(bool editable);

  Q_SIGNALS:
    void changed();

  private:
    void rangeEdited();
    void refresh();
    [[nodiscard]] quint64 rangeCount() const;

    QLineEdit* first_;
    QLineEdit* last_;
    QLabel* rangeNote_;
    WorkerSlider* workers_;
    LogSlider* chunksize_;
    QPushButton* useDefault_;
    QLabel* chunksNote_;
    QComboBox* schedule_;
    QComboBox* order_;
    QComboBox* backend_;
    QComboBox* kernel_;
    quint64 markedDefault_ = 0;
    quint64 chosen_ = 1; ///< the user's chunksize, kept across range edits (the slider may show less)
    quint64 firstValue_ = 100'000'000, lastValue_ = 100'100'000, seed_ = 1;
    bool valid_ = true;
    bool followDefault_ = true;
    bool syncing_ = false;
    QString problem_;
};

} // namespace parlab::ui
