/**
 * QR codes and printable posters that lead a reader with a phone to a survey's form: {@code /s/<id>/qr.svg},
 * {@code /s/<id>/qr.png} and {@code /s/<id>/poster}. The code carries {@code src=qr} and the branch it hangs in.
 */
@NullMarked
package uz.fikr.survey.qr;

import org.jspecify.annotations.NullMarked;
