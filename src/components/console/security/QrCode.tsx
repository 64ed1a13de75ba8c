import { useEffect, useState } from 'preact/hooks';

/**
 * The QR code of a virtual MFA device's otpauth URI, scannable by a real authenticator app.
 * The qrcode library is loaded only when a QR code is first shown, so it stays out of the
 * console's first download.
 */
export function QrCode(props: { uri: string; deviceName: string }) {
	const [dataUrl, setDataUrl] = useState<string | null>(null);
	const [failed, setFailed] = useState(false);

	useEffect(() => {
		let cancelled = false;
		setDataUrl(null);
		setFailed(false);
		import('qrcode')
			.then((qrcode) =>
				qrcode.toDataURL(props.uri, {
					errorCorrectionLevel: 'M',
					margin: 2,
					width: 220,
					color: { dark: '#000000', light: '#ffffff' },
				}),
			)
			.then((url) => {
				if (!cancelled) setDataUrl(url);
			})
			.catch(() => {
				if (!cancelled) setFailed(true);
			});
		return () => {
			cancelled = true;
		};
	}, [props.uri]);

	if (failed) {
		return (
			<p class="c-field__error" role="alert">
				The QR code could not be drawn. Choose Show secret key and type the key into your app instead.
			</p>
		);
	}
	if (!dataUrl) {
		return (
			<p class="qr-loading" role="status">
				Drawing the QR code…
			</p>
		);
	}
	return (
		<figure class="qr">
			<img
				src={dataUrl}
				width={220}
				height={220}
				alt={`QR code to add the MFA device ${props.deviceName} to an authenticator app. If you cannot scan it, choose Show secret key.`}
			/>
			<figcaption>
				Scan this with your authenticator app, or choose Scan QR code in the practice authenticator.
			</figcaption>
		</figure>
	);
}
