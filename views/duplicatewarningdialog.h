#pragma once

#include "casefiles.h"

#include <QDialog>

class QTreeWidget;

namespace casedesk {

// Warns before opening a case for a person who may already have one: lists the possible
// duplicates and lets the worker open an existing case, create the new one anyway, or go back.
class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancel, OpenExisting, CreateAnyway };

    DuplicateWarningDialog(const QList<DuplicateCandidate> &candidates, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The candidate's case chosen with "Open existing case".
    QUuid chosenCase() const;
    QTreeWidget *list() const { return m_list; }

private:
    void finish(Choice choice);

    QList<DuplicateCandidate> m_candidates;
    QTreeWidget *m_list;
    Choice m_choice = Cancel;
};

} // namespace casedesk
