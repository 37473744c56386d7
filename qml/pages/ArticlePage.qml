import QtQuick
import QtQuick.Layouts
import RightsCompanion

PageScaffold {
    id: root

    property alias pack: view.pack
    property alias articleId: view.articleId
    readonly property alias article: view.article

    pageName: "article"
    title: view.article.found ? view.article.title : qsTr("Article")

    ArticleView {
        id: view
        Layout.fillWidth: true
    }
}
