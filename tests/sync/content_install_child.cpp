// Child process for tst_contentinstall: updates a content database from a repository folder, to be
// killed while it does. "ready" once the database is open; with MODE "pause" it also says
// "in-transaction" when every write of the install is done but not committed, and waits there.
#include "content/ContentStore.h"
#include "storage/ZeroingAllocator.h"
#include "sync/ContentInstaller.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    rc::storage::installZeroingAllocator();
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: content_install_child DATABASE METADATA REPOSITORY run|pause\n");
        return 2;
    }
    rc::content::ContentStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "content_install_child: cannot open the database\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    rc::sync::UpdateOptions options;
    if (qstrcmp(argv[4], "pause") == 0) {
        options.beforeCommit = [] {
            std::printf("in-transaction\n");
            std::fflush(stdout);
            QThread::sleep(60);
        };
    }
    rc::sync::LocalFolderTransport transport
        = rc::sync::LocalFolderTransport::forRepository(QString::fromLocal8Bit(argv[3]), true);
    const rc::sync::UpdateReport report
        = rc::sync::updateContent(QString::fromLocal8Bit(argv[2]), &transport, &store, options);
    std::printf("done: %s\n", qPrintable(report.ok() ? QStringLiteral("ok") : report.error.toString()));
    return report.ok() ? 0 : 1;
}
