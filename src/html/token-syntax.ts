/**
 * The replacement-token comment syntax `<!--$Name-->default<!--/$Name-->`, shared by the model (which
 * lists tokens), the HTML renderer (which marks them) and fillTokens (which fills them).
 */
export const TOKEN_NAME = /^\$([\w.-]+)$/;
export const TOKEN_CLOSE = /^\/\$([\w.-]+)$/;
