// What tests/editor.rs does in the content editor's page, named once.
// The editor (Sveltia CMS) renders a field only once it comes into view, and
// marks each field's section with its key path (`quick_exit.url`,
// `questions.11.answer.0`), in one pane per language.
window.editorTest ??= {
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),

  // The repository folder in the page's Origin Private File System that the
  // test hands the editor in place of the operating system's folder picker
  // (only the picker is replaced): a `.git` folder and a copy of the
  // content, `files` by path, each base64.
  async plant(files) {
    const root = await navigator.storage.getDirectory();
    for await (const [name] of root.entries()) await root.removeEntry(name, { recursive: true });
    const repository = await root.getDirectoryHandle('repository', { create: true });
    await repository.getDirectoryHandle('.git', { create: true });
    for (const [path, data] of Object.entries(files)) {
      const parts = path.split('/');
      const name = parts.pop();
      let folder = repository;
      for (const part of parts) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
      await writable.close();
    }
    window.showDirectoryPicker = async () => repository;
    return Object.keys(files).length;
  },

  // Every file under `folder` of the planted repository, by path, base64.
  async files(folder = 'content') {
    const found = {};
    const walk = async (handle, path) => {
      for await (const [name, entry] of handle.entries()) {
        const at = `${path}/${name}`;
        if (entry.kind === 'directory') {
          await walk(entry, at);
        } else {
          const bytes = new Uint8Array(await (await entry.getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          found[at] = btoa(binary);
        }
      }
    };
    let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
    for (const part of folder.split('/')) handle = await handle.getDirectoryHandle(part);
    await walk(handle, folder);
    return found;
  },

  // One file of the planted repository, as text ('' if there is none).
  async read(path) {
    try {
      let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
      const parts = path.split('/');
      const name = parts.pop();
      for (const part of parts) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(name)).getFile()).text();
    } catch {
      return '';
    }
  },

  pane(locale) {
    return document.querySelector(`.pane[data-locale="${locale}"][data-mode="edit"]`);
  },

  // The field at `path` in the `locale` pane, scrolled to the middle of the
  // view, once every placeholder before it has been brought into view.
  async reveal(locale, path) {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const pane = this.pane(locale);
      const found = pane?.querySelector(`section[data-key-path="${path}"]`);
      if (found) {
        found.scrollIntoView({ block: 'center' });
        await this.wait(200);
        return found;
      }
      pane?.querySelector('.placeholder')?.scrollIntoView({ block: 'end' });
      await this.wait(50);
    }
    throw new Error(`no field ${path} in the ${locale} pane`);
  },

  // Types `value` into the field, as a person would.
  async set(locale, path, value) {
    const field = (await this.reveal(locale, path)).querySelector('input, textarea');
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, value);
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await this.wait(100);
    return field.value;
  },

  // The first enabled button among `buttons` whose label (its words, or
  // what it is called) is `label`.
  button(label, buttons = document.querySelectorAll('button')) {
    const plain = (text) => (text ?? '').replace(/[\u2068\u2069]/g, '').trim();
    return [...buttons].find(
      (button) => (plain(button.dataset.label) === label || plain(button.getAttribute('aria-label')) === label)
        && !button.disabled && button.getAttribute('aria-disabled') !== 'true',
    );
  },

  // Presses the list's own "Add …" button, adding an item at its end.
  async add(locale, path, label) {
    const list = await this.reveal(locale, path);
    const own = [...list.querySelectorAll('button')].filter((button) => button.closest('section[data-key-path]') === list);
    const add = this.button(`Add ${label}`, own);
    if (!add) throw new Error(`no Add ${label} in ${path}`);
    add.scrollIntoView({ block: 'center' });
    add.click();
    await this.wait(400);
  },

  // Hands the image field a file, as choosing it in the file picker would.
  async upload(locale, path, name, type, data) {
    const input = (await this.reveal(locale, path)).querySelector('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.wait(1000);
  },

  async save() {
    for (let attempt = 0; attempt < 100 && !this.button('Save'); attempt += 1) await this.wait(100);
    this.button('Save').click();
    await this.wait(300);
  },
};
