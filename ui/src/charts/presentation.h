/// @file presentation.h
/// @brief How big and in which colours the window draws: desktop or presenter mode (text,
/// markers, lines and dart dots ≥ 1.6× for the back of a room), normal or high contrast, and
/// chart text that grows with the chart. One instance; every chart is styled through it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QSizeF>
#include <QVector>
#include <functional>

class QChart;
class QValueAxis;
class QWidget;

namespace parlab::ui {

class Presentation : public QObject {
    Q_OBJECT
  public:
    /// Presenter mode's enlargement over the desktop sizes (the room needs ≥ 1.6×).
    static constexpr double kPresenterScale = 1.65;
    /// Desktop sizes in points (1 pt = 1.33 px at 96 dpi): readable on a laptop at arm's length.
    static constexpr double kUiPt = 10.5;
    static constexpr double kTitlePt = 11;
    static constexpr double kAxisLabelPt = 10;
    static constexpr double kAxisTitlePt = 10.5;
    static constexpr double kLegendPt = 10;

    /// The one instance; created on first use, and from then on styles every chart view shown or
    /// resized in the application (an event filter: no timer, nothing runs while idle).
    static Presentation& instance();

    [[nodiscard]] bool presenter() const { return presenter_; }
    void setPresenter(bool on);
    [[nodiscard]] bool highContrast() const;
    void setHighContrast(bool on);
    /// 1 on the desktop, kPresenterScale in presenter mode.
    [[nodiscard]] double scale() const { return presenter_ ? kPresenterScale : 1.0; }
    /// How much a chart of this size grows its text: 1 up to about a laptop window's quarter,
    /// up to 1.5× on a large screen, so a 1920×1080 window does not show laptop-sized ticks.
    [[nodiscard]] static double sizeFactor(const QSizeF& chartSize);

    /// Sets the application's UI font to the desktop (or presenter) size. The window calls it once;
    /// tests that do not leave the platform's font alone.
    void applyUiFont();
    /// Fonts, text and grid colours, line widths and marker sizes of one chart for the current
    /// mode and its size; a title wider than the chart is wrapped at spaces (never elided).
    void style(QChart* chart);
    void style(QChart* chart, const QSizeF& size);
    /// A series given a new pen or marker size: those are its desktop sizes from now on.
    static void rebase(QObject* series);
    /// Whether style() wraps the chart's title (default: yes). A chart whose layout depends on its
    /// title's height (the square dart board) keeps its lines short itself.
    static void setWrapTitle(QChart* chart, bool on);
    /// The title a chart was given, before wrapping.
    [[nodiscard]] static QString fullTitle(const QChart* chart);
    /// The largest line width the chart's series are drawn with at `base` width (pens, markers).
    [[nodiscard]] double lineScale(const QSizeF& size) const;

    /// A panel the room does not need (explanations, details): folded away in presenter mode,
    /// back as it was afterwards.
    void markSecondary(QWidget* widget);

    /// Fewer fixed ticks on an axis `length` pixels long when their labels would not fit.
    static void thinTicks(QValueAxis* axis, double length);
    /// A wider interval on a dynamic-ticks axis (every whole number) when its labels would not fit.
    static void thinInterval(QValueAxis* axis, double length);

  Q_SIGNALS:
    /// Presenter mode or high contrast changed: charts recolour or redraw what they drew.
    void changed();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    Presentation();
    /// Wraps the text `get` reads to `width`, remembering the unwrapped text on `owner`.
    static void wrapText(QObject* owner, const std::function<QString()>& get,
                         const std::function<void(const QString&)>& set, const QFont& font, double width);
    void restyleAll();
    void foldSecondary();

    bool presenter_ = false;
    double uiBasePt_ = 0; // 0 until applyUiFont(): the platform's font is then left alone
    QVector<QPointer<QWidget>> secondary_;
};

} // namespace parlab::ui
