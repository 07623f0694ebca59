// Frees the face-api weights (tensors) so an idle page gives the memory back.
import type { FaceApi } from './faces.ts';

export function unloadFaceApi(faceapi: FaceApi): void {
  for (const net of [faceapi.nets.ssdMobilenetv1, faceapi.nets.tinyFaceDetector, faceapi.nets.ageGenderNet]) {
    if (net.isLoaded) net.dispose();
  }
}
