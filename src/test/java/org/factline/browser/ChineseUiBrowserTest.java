package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main views in Chromium with a Chinese browser (Accept-Language zh-CN): the sign-in page
 * and every view after it speak Simplified Chinese, {@code <html lang>} says so, and the language
 * menu switches to English and back (remembered on the account). Screenshots
 * target/screenshots/zh-*.png show the CJK glyphs (Debian's fonts-noto-cjk, installed by .ci/run).
 */
class ChineseUiBrowserTest extends AbstractBrowserTest {

    /** Vaadin's client starts slowly on a busy two-core machine. */
    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Autowired
    ArticleImportService imports;

    @Test
    void a_chinese_browser_gets_the_chinese_ui_and_can_switch_to_english() {
        String name = user("browser-zh", Role.FACT_CHECKER, Role.EDITOR);
        long article = SystemAuthentication.runAs(
                        name,
                        () -> imports.importPaste(
                                "Export rules story",
                                "Officials said exports of the accelerator would need a licence from April onwards.",
                                PasteFormat.TEXT))
                .articleId();
        long claim = SystemAuthentication.runAs(name, () -> newClaim("Exports need a licence from April"));
        var options = new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("zh-CN");
        try (var context = browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
            assertThat(page.getByText("团队的事实核查工作台")).isVisible(SLOW);
            shot(page, "zh-01-login");

            signIn(page, name, TEST_PASSWORD);
            assertThat(page.getByText("欢迎，Test " + name)).isVisible(SLOW);
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("声明")))
                    .isVisible();
            shot(page, "zh-02-dashboard");
            open(page, "/articles", "导入", "zh-03-articles");
            open(page, "/articles/" + article, "用选中文字创建声明", "zh-04-reader");
            open(page, "/claims", "新建声明", "zh-05-claims");
            open(page, "/claims/" + claim, "准确性投票", "zh-06-claim");
            open(page, "/review", "没有待审核的内容：没有等待编辑处理的裁定。", "zh-07-review");
            open(page, "/timeline", "新建事件", "zh-08-timeline");
            open(page, "/search", "搜索技巧", "zh-09-search");

            // The user menu's language switch: English now, on this and every later page.
            page.locator("vaadin-menu-bar[aria-label='用户菜单'] vaadin-menu-bar-button")
                    .first()
                    .click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("语言"))
                    .click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("English"))
                    .click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByText("Search tips")).isVisible(SLOW);
            page.navigate(url("/claims"));
            assertThat(page.getByText("New claim")).isVisible(SLOW);
        }
    }

    private void open(Page page, String path, String expected, String screenshot) {
        page.navigate(url(path));
        assertThat(page.getByText(expected).first()).isVisible(SLOW);
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        shot(page, screenshot);
    }
}
