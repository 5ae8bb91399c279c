#pragma once

#include "conferences.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace casedesk {

// The cases on the conference's agenda: for the chosen case what was shared, its risks and
// needs, and the numbered decisions with their follow-up actions, each of which can become an
// action of the client's plan. What is typed into the sections is kept when the person leaves
// the field or chooses another case.
class ConferenceCasesTab : public QWidget
{
    Q_OBJECT

public:
    ConferenceCasesTab(RecordStore &store, QWidget *parent = nullptr);

    void setConference(const Conference &conference);
    QListWidget *caseList() const { return m_cases; }
    QTreeWidget *decisionTree() const { return m_decisions; }
    QPlainTextEdit *sectionEdit(const char *field) const;

    void addCase();
    void removeCase();
    void addDecision();
    void addFollowUp();
    void editCurrent();
    void removeCurrent();
    // Makes the current follow-up an action of the case's plan.
    void toPlan();
    // Keeps the sections typed for the current case; false (with a message) when refused.
    bool saveSections();
    bool hasUnsavedSections() const { return m_sectionsDirty; }

signals:
    void openCase(const QUuid &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildSections();
    QWidget *buildDecisions();
    const ConferenceCase *currentCase() const;
    void showCurrentCase();
    void fillDecisions(const ConferenceCase &c);
    void updateButtons();
    // The follow-up or decision of the current tree row; null when the row is the other kind.
    const ConferenceFollowUp *currentFollowUp() const;
    const ConferenceDecision *currentDecision() const;
    bool editable() const;

    RecordStore &m_store;
    Conference m_conference;
    QUuid m_shownCase; // the conference_case row whose sections are in the edits
    bool m_sectionsDirty = false;
    QListWidget *m_cases;
    QPushButton *m_addCase;
    QPushButton *m_removeCase;
    QPushButton *m_openCase;
    QLabel *m_hidden;
    QWidget *m_detail;
    QList<QPlainTextEdit *> m_sections;
    QTreeWidget *m_decisions;
    QPushButton *m_addDecision;
    QPushButton *m_addFollowUp;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_toPlan;
};

} // namespace casedesk
