// Entry point of the page: picks the transport once, then mounts the application shell.
import { JbApp } from './components/app/jb-app.js';
import { connect } from './transport/index.js';

const app = new JbApp();
app.connection = connect();
document.body.replaceChildren(app);
