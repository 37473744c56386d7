pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

// The articles of one topic. On a phone a tap opens the article page; on a wide screen the list and
// the chosen article stand side by side.
Page {
    id: root

    // The page title comes with the request to open it (see HomePage).
    property string topicId
    property string pageName: "topic"
    objectName: root.pageName
    readonly property bool sideBySide: width >= Theme.wideBreakpoint
    property string selectedPack
    property string selectedArticle

    // On a wide screen the first article is open until the reader chooses another.
    function selectFirstIfNone() {
        if (root.selectedArticle.length > 0 || articles.count === 0)
            return;
        const first = articles.get(0);
        root.selectedPack = first.pack;
        root.selectedArticle = first.articleId;
    }

    function choose(pack: string, articleId: string) {
        if (root.sideBySide) {
            root.selectedPack = pack;
            root.selectedArticle = articleId;
        } else {
            PageRouter.open("article", { pack: pack, articleId: articleId });
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ScrollColumn {
            Layout.fillHeight: true
            Layout.fillWidth: !root.sideBySide
            Layout.preferredWidth: root.sideBySide ? 360 : -1

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
                    onModelReset: root.selectFirstIfNone()
                    Component.onCompleted: root.selectFirstIfNone()
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

                    objectName: "article-" + articleId
                    highlighted: root.sideBySide && root.selectedArticle === articleId
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: title
                    Accessible.description: summary
                    onClicked: root.choose(pack, articleId)

                    contentItem: ColumnLayout {
                        spacing: Theme.unit
                        Label {
                            text: articleDelegate.title
                            font.pixelSize: Theme.subtitleSize
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
                        // Untranslated articles are listed too, in English, and marked.
                        StatusBadge {
                            objectName: "article-badge"
                            status: articleDelegate.status
                            isFallback: articleDelegate.isFallback
                            language: articleDelegate.language
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Rectangle {
            visible: root.sideBySide
            color: Theme.railBackground
            Layout.preferredWidth: 1
            Layout.fillHeight: true
        }

        ScrollColumn {
            visible: root.sideBySide
            Layout.fillWidth: true
            Layout.fillHeight: true

            ArticleView {
                objectName: "topic-article"
                pack: root.selectedPack
                articleId: root.selectedArticle
                Layout.fillWidth: true
            }
        }
    }
}
