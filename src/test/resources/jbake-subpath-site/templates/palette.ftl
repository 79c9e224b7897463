/* ${content.title}: made from a template, written as css/palette.css */
.moss { color: #4a5d23; }
