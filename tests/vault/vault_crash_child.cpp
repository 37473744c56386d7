// Child process for tst_vaultcrash: opens a vault with its recovery key and saves in a loop, one more
// note each time, until it is killed. Prints "ready <generation>" after its first save.
#include "VaultTestSupport.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rc::test::setUpVaultTest();
    if (argc != 3) {
        std::fprintf(stderr, "usage: vault_crash_child DIR RECOVERY-KEY\n");
        return 2;
    }
    rc::vault::Vault vault(QString::fromLocal8Bit(argv[1]));
    const auto key = rc::vault::RecoveryKey::parse(QString::fromLatin1(argv[2]));
    if (vault.unlock({ rc::vault::SecretKind::RecoveryKey, key.view() }) != rc::vault::VaultError::None) {
        std::fprintf(stderr, "vault_crash_child: cannot unlock\n");
        return 1;
    }
    const QString filler(2000, QLatin1Char('x'));
    for (int i = 0;; ++i) {
        vault.database().addNote({ 0, QStringLiteral("note %1").arg(i), filler, {}, {}, {}, {} });
        if (vault.save() != rc::vault::VaultError::None) {
            std::fprintf(stderr, "vault_crash_child: save failed\n");
            return 1;
        }
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
