package fi.vuoro.kiosk.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server's staff views (Vaadin components) in a kiosk test's Chromium: sign in on {@code /login}, type into
 * a {@code vaadin-text-field}, click a {@code vaadin-button}. The same few moves as the server's own browser tests,
 * kept here so kiosk tests do not depend on server test classes.
 */
public final class StaffBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private StaffBrowser() {}

    public static WebDriverWait await(WebDriver driver) {
        var wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in on the server's login page, then waits until the browser has left it for {@code path}. */
    public static void login(WebDriver driver, String serverUrl, String username, String password, String path) {
        var wait = await(driver);
        driver.get(serverUrl + path);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(
                        By.cssSelector("button[type=submit], vaadin-button[slot=submit], [part=vaadin-login-submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Replaces the text of a {@code vaadin-text-field} and commits it (TAB fires the change event). */
    public static void type(WebDriver driver, String field, String text) {
        var input = await(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(field + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The value of a {@code vaadin-text-field}'s input. */
    public static String value(WebDriver driver, String field) {
        return driver.findElement(By.cssSelector(field + " input")).getDomProperty("value");
    }

    /**
     * Scrolls the element to the middle of the view and clicks it, again while a notification or animation still
     * covers it or a redraw replaced it (the admin layout scrolls its content inside the app layout).
     */
    public static void click(WebDriver driver, String css) {
        click(driver, By.cssSelector(css));
    }

    public static void click(WebDriver driver, By by) {
        await(driver).until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) return false;
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    /** Picks an item of a {@code vaadin-select} by its visible label. */
    public static void select(WebDriver driver, String select, String label) {
        click(driver, select);
        click(
                driver,
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"
                        + " | //vaadin-select-list-box//vaadin-item[normalize-space(.)='" + label + "']"));
        await(driver)
                .until(d -> d.findElement(By.cssSelector(select)).getText().contains(label)
                        || label.equals(d.findElement(By.cssSelector(select)).getDomProperty("value")));
    }
}
