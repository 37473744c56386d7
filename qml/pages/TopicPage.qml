pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    // The page title comes with the request to open it (see HomePage).
    property string topicId

    pageName: "topic"

    Label {
        visible: articles.count === 0
        text: qsTr("There is no information on this topic yet.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: ArticleListModel {
            id: articles
            library: ContentLibrary
            topicId: root.topicId
        }
        delegate: ItemDelegate {
            id: articleDelegate

            required property string articleId
            required property string pack
            required property string title
            required property string summary
            required property string status
            required property bool isFallback
            required property string language

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: title
            Accessible.description: summary
            onClicked: PageRouter.open("article", { pack: pack, articleId: articleId })

            contentItem: ColumnLayout {
                spacing: Theme.unit
                Label {
                    text: articleDelegate.title
                    font.pixelSize: Theme.titleSize - 4
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: articleDelegate.summary
                    color: Theme.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                StatusBadge {
                    status: articleDelegate.status
                    isFallback: articleDelegate.isFallback
                    language: articleDelegate.language
                    Layout.fillWidth: true
                }
            }
        }
    }
}
