/**
 * Posts to the API in one of the two shapes it takes: plain JSON, or, with files, a multipart form with the
 * same JSON in `payload` and the files in `files`. Errors come back in the tipster's language.
 */
export function postToApi(path: string, payload: object, files: File[], locale: string): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': locale };
  let body: BodyInit = JSON.stringify(payload);
  if (files.length > 0) {
    const form = new FormData();
    form.set('payload', body);
    for (const file of files) form.append('files', file, file.name);
    body = form;
  } else {
    headers['content-type'] = 'application/json';
  }
  return fetch(path, { method: 'POST', headers, body });
}
