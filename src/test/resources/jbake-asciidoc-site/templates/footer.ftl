<footer>${config.site_title}</footer>
</body>
</html>
