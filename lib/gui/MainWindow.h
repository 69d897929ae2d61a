#pragma once

#include <QMainWindow>

class QListWidget;
class QLabel;

namespace Open311 {

class Client;
class TrainingCity;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects to the in-process training city; called after the first frame is shown.
    void openTrainingCity();

private:
    TrainingCity* m_training = nullptr;
    Client* m_client = nullptr;
    QListWidget* m_services = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace Open311
