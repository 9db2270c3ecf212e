/** Office's theme as the pane follows it (Office.context.officeTheme; Word on Windows and Mac give it, Word on the web not). */
export interface OfficeLook {
  /** True for Office's Black and Dark Gray themes. */
  readonly dark: boolean;
  /** The task pane's background and text colours (`#RRGGBB`), when Office gives them. */
  readonly background?: string;
  readonly foreground?: string;
}

/**
 * The theme Office is showing, after `Office.onReady`: dark for Black and Dark Gray, light for Colorful and White; where
 * Office gives no theme (Word on the web), the system's light or dark preference.
 */
export function officeLook(): OfficeLook {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (theme) {
    const dark =
      theme.isDarkTheme ?? (theme.themeId === Office.ThemeId?.Black || theme.themeId === Office.ThemeId?.DarkGray);
    return {
      dark,
      background: theme.bodyBackgroundColor || undefined,
      foreground: theme.bodyForegroundColor || undefined,
    };
  }
  return { dark: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches };
}
